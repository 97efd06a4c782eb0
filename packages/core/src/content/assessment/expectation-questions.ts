import type { ExpectationQuestionInput } from '../../assessment/expectation-question.js';

/**
 * The shared expectations exercise: 12 statements about the peer worker role that each group
 * rates on the agreement scale. None has a "right" answer; the point is to find where groups
 * differ.
 */
export const expectationQuestions: ExpectationQuestionInput[] = [
  {
    id: 'eq-main-job-sharing-recovery',
    order: 1,
    topicId: 'role-definition',
    statement: 'A peer worker’s main job is to share their own experience of recovery.',
    help: 'This is about what the role is for. If one group sees peer workers mainly as sharing their story and another sees them mainly as practical helpers, each will judge the same work differently.',
  },
  {
    id: 'eq-peer-worker-decides-sharing',
    order: 2,
    topicId: 'sharing-lived-experience',
    statement: 'Peer workers should decide for themselves how much of their own story to share.',
    help: 'Some people think sharing should be up to each peer worker; others want rules or guidance from the service. Agreeing this early avoids peer workers feeling pushed to share more, or less, than they want.',
  },
  {
    id: 'eq-friendship-after-support',
    order: 3,
    topicId: 'sharing-lived-experience',
    statement:
      'It is fine for a peer worker to become friends with someone they supported once the support has ended.',
    help: 'Peer relationships aim to be more equal than professional ones, so views on where the limits lie can vary. Without a shared view, peer workers may be criticised for something they believed was allowed.',
  },
  {
    id: 'eq-peer-workers-read-notes',
    order: 4,
    topicId: 'managing-risk',
    statement: 'Peer workers should be able to read the notes of the people they support.',
    help: 'Access to notes shapes how people see the peer worker: as part of the service or as someone alongside them. Staff may want peer workers to be fully informed, while people who use services may not want their notes shared.',
  },
  {
    id: 'eq-peer-workers-in-risk-assessment',
    order: 5,
    topicId: 'managing-risk',
    statement: 'Peer workers should take part in formal risk assessments.',
    help: 'Some see this as a sign the role is trusted; others worry it changes the relationship with the person supported. Everyone needs to know what a peer worker will do if they are worried about someone.',
  },
  {
    id: 'eq-cover-staff-shortages',
    order: 6,
    topicId: 'distinctive-role',
    statement: 'Peer workers should help cover staff shortages when the team is busy.',
    help: 'Helping out can feel like being a good team member. If it happens often, though, peer workers may end up doing other people’s jobs and the role can lose what makes it different.',
  },
  {
    id: 'eq-supervised-by-peer',
    order: 7,
    topicId: 'supervision-and-support',
    statement:
      'Peer workers should be supervised by someone who has worked as a peer worker themselves.',
    help: 'Supervision, meaning regular time to reflect on the work with a named person, shapes how peer workers practise. Groups may differ on whether lived experience or clinical knowledge matters most in a supervisor.',
  },
  {
    id: 'eq-same-pay-scale',
    order: 8,
    topicId: 'pay-and-conditions',
    statement:
      'Peer workers should be paid on the same scale as other staff with similar responsibilities.',
    help: 'Pay sends a message about how much the role is valued. Differing views here may point to differing views of how skilled the role is.',
  },
  {
    id: 'eq-more-flexible-hours',
    order: 9,
    topicId: 'pay-and-conditions',
    statement:
      'Peer workers should be able to work more flexible hours than other staff in the team.',
    help: 'Flexible hours can make the job possible for some people. They can also leave peer workers out of team meetings and decisions, so it is worth agreeing how to get the balance right.',
  },
  {
    id: 'eq-direction-from-clinical-staff',
    order: 10,
    topicId: 'team-preparation',
    statement:
      'Peer workers should take direction from clinical staff about the support they give.',
    help: 'This is about how peer workers fit alongside nurses, doctors and therapists. If teams expect to direct peer workers but peer workers expect to work to their own judgement, tension can follow.',
  },
  {
    id: 'eq-success-fewer-admissions',
    order: 11,
    topicId: 'shared-expectations',
    statement: 'Peer work should be judged mainly by whether people need fewer hospital stays.',
    help: 'People may look for very different signs of success, such as more hope, feeling understood or using services less. Agreeing what you will look for stops the same work being called a success by one group and a failure by another.',
  },
  {
    id: 'eq-independent-of-service',
    order: 12,
    topicId: 'working-across-organisations',
    statement:
      'Peer support works best when it comes from an organisation separate from the mental health service.',
    help: 'Some value peer workers being independent of the service; others value them being part of the team. The answer affects who employs peer workers and how they work with staff.',
  },
];
