import { InsetText } from '@peer-toolkit/ui';
import { ShareCodeForm } from './code-form.js';

/** Reading time, rounded to five minutes: about 20 seconds a question. */
export function estimateMinutes(questionCount: number): number {
  return Math.max(5, Math.round(questionCount / 3 / 5) * 5);
}

/** The start page: what the self-assessment is, how answers are kept, and the Start button. */
export function IntroView({
  questionCount,
  stepCount,
  startHref,
}: {
  questionCount: number;
  stepCount: number;
  startHref: string;
}) {
  return (
    <div className="ptk-two-thirds">
      <h1>Readiness self-assessment</h1>
      <p className="ptk-lead">
        Check how ready your organisation is to introduce peer workers, or to support the peer
        workers it has. You get a score for each toolkit topic and an action plan that links to the
        guidance.
      </p>

      <div className="ptk-resume ptk-no-print" data-resume hidden>
        <h2>Continue where you left off</h2>
        <p>This browser has answers you saved earlier.</p>
        <div className="ptk-button-group">
          <a href="/self-assessment/step/1" className="ptk-button" data-resume-link>
            Continue where you left off
          </a>
          <button type="button" className="ptk-button ptk-button--secondary" data-clear-answers>
            Clear my answers
          </button>
        </div>
        <p className="ptk-secondary" role="status" data-clear-status />
      </div>

      <h2>How it works</h2>
      <ul className="ptk-list">
        <li>
          There are {questionCount} statements in {stepCount} steps, one step for each toolkit
          topic. It takes about {estimateMinutes(questionCount)} minutes.
        </li>
        <li>For each statement, choose how far it is in place in your organisation.</li>
        <li>
          If you do not know, choose “Not sure”. It counts as not started, and you can change it
          later.
        </li>
        <li>
          At the end you get your results and an action plan, which you can print or download.
        </li>
      </ul>

      <h2>Your answers stay with you</h2>
      <p>
        Nothing you enter is stored on our server. Your answers travel in the page’s address as a
        share code, which you can keep to come back to them or pass to a colleague.
      </p>
      <p>
        If your browser runs JavaScript, it also keeps your answers on this device, so you can carry
        on later. You can clear them at any time.
      </p>

      <a href={startHref} className="ptk-button ptk-button--start">
        Start now
      </a>

      <InsetText>
        <p>
          The self-assessment works best done together: peer workers, managers, team colleagues and
          people who use services will each see things differently. To find out where your
          expectations of the role differ, try the{' '}
          <a href="/shared-expectations">shared expectations exercise</a>.
        </p>
      </InsetText>

      <ShareCodeForm />
    </div>
  );
}
