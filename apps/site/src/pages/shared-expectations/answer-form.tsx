import type { ExpectationQuestion, StakeholderGroup } from '@peer-toolkit/core';
import { ErrorSummary, Markdown } from '@peer-toolkit/ui';
import {
  type ExpectationAnswersForm,
  type ExpectationsQuestionnaire,
  type FieldError,
  NOT_SURE,
  orderStatements,
  statementFieldName,
} from './expectation-forms.js';

function messageFor(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((error) => error.field === field)?.message;
}

export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="ptk-error-message" id={id}>
      <span className="ptk-visually-hidden">Error:</span> {message}
    </p>
  );
}

function GroupFieldset({
  groups,
  chosen,
  error,
}: {
  groups: ExpectationsQuestionnaire['groups'];
  chosen: StakeholderGroup | undefined;
  error: string | undefined;
}) {
  const describedBy = error ? 'group-hint group-error' : 'group-hint';
  return (
    <div className={error ? 'ptk-form-group ptk-form-group--error' : 'ptk-form-group'}>
      <fieldset className="ptk-fieldset" aria-describedby={describedBy}>
        <legend className="ptk-fieldset__legend ptk-fieldset__legend--large">
          Which group are you answering as?
        </legend>
        <p className="ptk-hint" id="group-hint">
          If you belong to more than one, choose the one you are answering for today. Your code
          carries the group but not your name.
        </p>
        <ErrorMessage id="group-error" message={error} />
        <div className="ptk-radios">
          {groups.map((group, index) => {
            // The first radio takes the field's name as its id, so the error summary can link to it.
            const id = index === 0 ? 'group' : `group-${group.id}`;
            return (
              <div className="ptk-choice" key={group.id}>
                <input
                  type="radio"
                  id={id}
                  name="group"
                  value={group.id}
                  defaultChecked={chosen === group.id}
                />
                <label htmlFor={id}>{group.label}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

function StatementFieldset({
  question,
  number,
  scale,
  answer,
  error,
}: {
  question: ExpectationQuestion;
  number: number;
  scale: ExpectationsQuestionnaire['scale'];
  answer: number | undefined;
  error: string | undefined;
}) {
  const errorId = `${question.id}-error`;
  return (
    <div
      className={
        error ? 'ptk-form-group ptk-question ptk-form-group--error' : 'ptk-form-group ptk-question'
      }
    >
      <fieldset
        className="ptk-fieldset"
        id={question.id}
        aria-describedby={error ? errorId : undefined}
      >
        <legend className="ptk-fieldset__legend">
          <span className="ptk-question__number">{number}.</span> {question.statement}
        </legend>
        <ErrorMessage id={errorId} message={error} />
        {question.help ? (
          <details className="ptk-details">
            <summary>Why this matters</summary>
            <Markdown source={question.help} className="ptk-details__text" />
          </details>
        ) : null}
        <div className="ptk-radios ptk-radios--scale">
          {scale.options.map((option) => {
            const id = `${question.id}-${option.value}`;
            return (
              <div className="ptk-choice" key={option.value}>
                <input
                  type="radio"
                  id={id}
                  name={statementFieldName(question.id)}
                  value={option.value}
                  defaultChecked={answer === option.value}
                />
                <label htmlFor={id}>{option.label}</label>
              </div>
            );
          })}
          <p className="ptk-radios__divider">or</p>
          <div className="ptk-choice">
            <input
              type="radio"
              id={`${question.id}-${NOT_SURE}`}
              name={statementFieldName(question.id)}
              value={NOT_SURE}
            />
            <label htmlFor={`${question.id}-${NOT_SURE}`}>{scale.notSureLabel}</label>
          </div>
        </div>
      </fieldset>
    </div>
  );
}

/** All the statements on one page, with the person's stakeholder group, which is required. */
export function AnswerForm({
  questionnaire,
  values,
  errors = [],
}: {
  questionnaire: ExpectationsQuestionnaire;
  values?: ExpectationAnswersForm | undefined;
  errors?: readonly FieldError[];
}) {
  const statements = orderStatements(questionnaire.questions);
  const firstStatementField = statements[0] ? `${statements[0].id}-0` : '';
  return (
    <>
      <ErrorSummary
        errors={errors.map((error) => ({ href: `#${error.field}`, message: error.message }))}
      />
      <h1>
        <span className="ptk-caption">Shared expectations</span> Your answers
      </h1>
      <div className="ptk-two-thirds">
        <p>
          Say how much you agree with each of these {statements.length} statements about the peer
          worker role. There are no right or wrong answers: the point is to find out where people’s
          expectations differ. If you do not know, choose “{questionnaire.scale.notSureLabel}”.
        </p>
        <p>
          When you finish, you get a share code to give to the person running your planning session.
          Nothing is stored on our server.
        </p>
      </div>
      <form method="get" action="/shared-expectations/answers" noValidate>
        <GroupFieldset
          groups={questionnaire.groups}
          chosen={values?.group}
          error={messageFor(errors, 'group')}
        />
        <h2 className="ptk-form-heading">The statements</h2>
        {statements.map((question, index) => (
          <StatementFieldset
            key={question.id}
            question={question}
            number={index + 1}
            scale={questionnaire.scale}
            answer={values?.answers[question.id]}
            error={index === 0 ? messageFor(errors, firstStatementField) : undefined}
          />
        ))}
        <button type="submit" className="ptk-button">
          Get my share code
        </button>
      </form>
    </>
  );
}
