import type { Answers, StakeholderGroup } from '@peer-toolkit/core';
import { type ExpectationsQuestionnaire, orderStatements } from './expectation-forms.js';

function answerLabel(
  value: Answers[string] | undefined,
  scale: ExpectationsQuestionnaire['scale'],
) {
  if (typeof value !== 'number') return scale.notSureLabel;
  return scale.options.find((option) => option.value === value)?.label ?? scale.notSureLabel;
}

/** The person's share code, what to do with it, and the answers it holds. */
export function ShareCodeView({
  code,
  group,
  answers,
  questionnaire,
}: {
  code: string;
  group: StakeholderGroup | undefined;
  answers: Answers;
  questionnaire: ExpectationsQuestionnaire;
}) {
  const groupLabel = questionnaire.groups.find((candidate) => candidate.id === group)?.label;
  return (
    <>
      <div className="ptk-panel ptk-panel--confirmation">
        <h1 className="ptk-panel__title">Your share code</h1>
        <p className="ptk-panel__code">
          <code id="share-code">{code}</code>
        </p>
        {groupLabel ? <p className="ptk-panel__body">Answering as: {groupLabel}</p> : null}
      </div>
      <div className="ptk-copy ptk-no-print" data-copy hidden>
        <button
          type="button"
          className="ptk-button ptk-button--secondary"
          data-copy-target="share-code"
        >
          Copy the code
        </button>
        <p className="ptk-copy__status" role="status" data-copy-status />
      </div>

      <div className="ptk-two-thirds">
        <h2>What to do next</h2>
        <ol className="ptk-list">
          <li>
            Send the code to the person running your planning session (the facilitator), by email or
            message. You can also write it down: capital or small letters both work.
          </li>
          <li>
            The facilitator enters everyone’s codes on the{' '}
            <a href="/shared-expectations/compare">compare page</a> and sees where expectations of
            the role differ.
          </li>
          <li>Together, you talk through the statements where your answers differ most.</li>
        </ol>
        <p>
          The code holds only your answers and your stakeholder group, not your name. Nothing is
          stored on our server, so keep the code until the session.
        </p>
      </div>

      <h2>Your answers</h2>
      <div className="ptk-table-wrap">
        <table className="ptk-table">
          <caption className="ptk-visually-hidden">The answers held in your share code</caption>
          <thead>
            <tr>
              <th scope="col">Statement</th>
              <th scope="col">Your answer</th>
            </tr>
          </thead>
          <tbody>
            {orderStatements(questionnaire.questions).map((question) => (
              <tr key={question.id}>
                <td>{question.statement}</td>
                <td>{answerLabel(answers[question.id], questionnaire.scale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="ptk-no-print">
        <a href={`/shared-expectations/answer?code=${encodeURIComponent(code)}`}>
          Change your answers
        </a>{' '}
        (you will get a new code)
      </p>
    </>
  );
}
