import {
  type Answer,
  type Answers,
  NOT_APPLICABLE,
  type ReadinessQuestion,
} from '@peer-toolkit/core';
import { Markdown } from '@peer-toolkit/ui';
import {
  type AssessmentStep,
  answerFieldName,
  answerFieldValue,
  NOT_SURE,
  type ReadinessQuestionnaire,
} from './readiness-steps.js';

type Labels = Pick<ReadinessQuestionnaire, 'scale' | 'notApplicableLabel'>;

/** "Step 3 of 12", in words and as a bar that repeats it for sighted readers. */
export function StepProgress({ step, stepCount }: { step: number; stepCount: number }) {
  return (
    <div className="ptk-progress">
      <p className="ptk-progress__text" id="step-progress">
        Step {step} of {stepCount}
      </p>
      <progress max={stepCount} value={step} aria-hidden="true" />
    </div>
  );
}

function Choice({
  question,
  value,
  label,
  checked,
}: {
  question: ReadinessQuestion;
  value: string;
  label: string;
  checked: boolean;
}) {
  const id = `${question.id}-${value}`;
  return (
    <div className="ptk-choice">
      <input
        type="radio"
        id={id}
        name={answerFieldName(question.id)}
        value={value}
        defaultChecked={checked}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** One question: the statement as the legend, its help as a hint, the scale as radios. */
export function QuestionFieldset({
  question,
  answer,
  labels,
}: {
  question: ReadinessQuestion;
  /** The answer held in the share code, if any; unanswered shows no radio chosen. */
  answer: Answer | undefined;
  labels: Labels;
}) {
  const hintId = `${question.id}-hint`;
  const chosen = answer === undefined ? undefined : answerFieldValue(answer);
  return (
    <div className="ptk-form-group ptk-question">
      <fieldset
        className="ptk-fieldset"
        id={question.id}
        aria-describedby={question.help ? hintId : undefined}
      >
        <legend className="ptk-fieldset__legend">{question.prompt}</legend>
        {question.help ? (
          <div className="ptk-hint" id={hintId}>
            <Markdown source={question.help} />
          </div>
        ) : null}
        <div className="ptk-radios">
          {labels.scale.options.map((option) => (
            <Choice
              key={option.value}
              question={question}
              value={String(option.value)}
              label={option.label}
              checked={chosen === String(option.value)}
            />
          ))}
          <p className="ptk-radios__divider">or</p>
          <Choice
            question={question}
            value={NOT_SURE}
            label={labels.scale.notSureLabel}
            checked={false}
          />
          {question.mayNotApply ? (
            <Choice
              question={question}
              value={NOT_APPLICABLE}
              label={labels.notApplicableLabel}
              checked={chosen === NOT_APPLICABLE}
            />
          ) : null}
        </div>
      </fieldset>
    </div>
  );
}

/**
 * One step of the self-assessment. The answers so far travel in the hidden share code, so the
 * form works without JavaScript and nothing is kept on the server.
 */
export function StepForm({
  step,
  stepCount,
  code,
  answers,
  labels,
}: {
  step: AssessmentStep;
  stepCount: number;
  code: string;
  answers: Answers;
  labels: Labels;
}) {
  const isLast = step.number === stepCount;
  return (
    <>
      <StepProgress step={step.number} stepCount={stepCount} />
      <h1>
        <span className="ptk-caption">Readiness self-assessment</span> {step.topic.title}
      </h1>
      <p className="ptk-two-thirds">
        How far is each of these in place in your organisation? If you do not know, choose “
        {labels.scale.notSureLabel}”: it counts as not started, and you can change it later.
      </p>
      <form
        method="get"
        action={`/self-assessment/step/${step.number}/answers`}
        className="ptk-assessment-step"
        data-step={step.number}
        data-step-count={stepCount}
      >
        <input type="hidden" name="code" value={code} />
        {step.questions.map((question) => (
          <QuestionFieldset
            key={question.id}
            question={question}
            answer={answers[question.id]}
            labels={labels}
          />
        ))}
        <div className="ptk-button-group ptk-step-buttons">
          {/* Continue comes first, so pressing Enter in the form moves forward. */}
          <button type="submit" name="go" value="next" className="ptk-button">
            {isLast ? 'See your results' : 'Continue'}
          </button>
          <button type="submit" name="go" value="back" className="ptk-button ptk-button--secondary">
            Back
          </button>
        </div>
      </form>
      <p className="ptk-secondary ptk-two-thirds">
        Your answers are saved in this page’s address as a share code, not on our server. Going back
        keeps the answers on this page.
      </p>
    </>
  );
}
