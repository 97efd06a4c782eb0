import type { ToolkitTopic } from '@peer-toolkit/core';
import { ClaimList, InsetText } from '@peer-toolkit/ui';

/** Why shared expectations matter, how the exercise runs, and the way in for each person. */
export function SharedExpectationsIntro({
  statementCount,
  topic,
}: {
  statementCount: number;
  /** The toolkit topic on shared expectations, whose findings say why this matters. */
  topic: Pick<ToolkitTopic, 'slug' | 'title' | 'findings'> | undefined;
}) {
  return (
    <>
      <h1>Shared expectations exercise</h1>
      <div className="ptk-two-thirds">
        <p className="ptk-lead">
          Find out whether everyone planning a peer worker role expects the same things of it. Each
          person answers {statementCount} short statements; a facilitator compares the answers and
          sees where expectations differ.
        </p>
        <a href="/shared-expectations/answer" className="ptk-button ptk-button--start">
          Answer the statements
        </a>
        <p>
          Running the exercise? <a href="/shared-expectations/compare">Compare the share codes</a>{' '}
          people send you.
        </p>
      </div>

      <h2>Why shared expectations matter</h2>
      <div className="ptk-two-thirds">
        <p>
          Peer workers, the people they support, the staff they work alongside and their managers
          can each picture a different role. The research behind this toolkit found that what people
          expected of peer workers varied between organisations, and the toolkit drawn from it
          advises planning the role with everyone involved, so that expectations are shared before
          the role starts.
        </p>
      </div>
      {topic ? (
        <>
          <ClaimList claims={topic.findings} />
          <p>
            Read more in the toolkit topic{' '}
            <a href={`/topics/${topic.slug}`}>{topic.title.toLowerCase()}</a>.
          </p>
        </>
      ) : null}

      <h2>How the exercise works</h2>
      <ol className="ptk-list ptk-two-thirds">
        <li>
          One person agrees to run it: the facilitator. They invite people from each group with a
          stake in the role: peer workers, people who use services, team colleagues and managers,
          including managers from partner organisations.
        </li>
        <li>
          Each person answers the statements on their own, which takes about 5 minutes, and says
          which group they belong to. At the end they get a share code.
        </li>
        <li>
          Everyone sends their share code to the facilitator. The codes hold no names: the
          facilitator gives each one a label, such as a name or a role.
        </li>
        <li>
          The facilitator enters the codes on the compare page. It lists the statements people see
          most differently first, with everyone’s answers and an average for each group.
        </li>
        <li>
          The group meets to talk through the differences, using the toolkit topic linked to each
          statement, and writes down what it agrees about the role.
        </li>
      </ol>
      <InsetText>
        <p>
          Nothing anyone enters is stored on our server. The answers travel only in the share codes,
          which people choose whom to give to.
        </p>
      </InsetText>
    </>
  );
}
