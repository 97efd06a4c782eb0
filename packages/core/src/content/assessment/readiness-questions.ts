import type { ReadinessQuestionInput } from '../../assessment/readiness-question.js';

/**
 * The readiness self-assessment: 30 statements an organisation rates on "How far is this in
 * place?", two or three for each toolkit topic, in topic order.
 */
export const readinessQuestions: ReadinessQuestionInput[] = [
  // 1. Keeping the role distinctive
  {
    id: 'rq-role-distinct-from-others',
    order: 1,
    topicId: 'distinctive-role',
    conditionIds: ['role-distinctiveness'],
    prompt:
      'The peer worker role has a clear purpose that is different from every other role in the team.',
    help: 'Anyone in the team can say what peer workers offer that other staff do not. The difference rests on peer workers using their own lived experience openly to build relationships.',
    weight: 3,
    action:
      'Write down, with your peer workers, what their role offers that no other role in the team does.',
  },
  {
    id: 'rq-role-drift-checked',
    order: 2,
    topicId: 'distinctive-role',
    conditionIds: ['role-distinctiveness'],
    prompt:
      'We regularly check that peer workers are not being drawn into tasks that belong to other roles.',
    help: 'Managers and peer workers look together at how peer workers really spend their time. If the role is sliding towards other jobs, they act on it.',
    weight: 2,
    action:
      'Go through a typical month of work with your peer workers and agree which tasks to stop and which to protect.',
  },
  {
    id: 'rq-professional-norms-fit-role',
    order: 3,
    topicId: 'distinctive-role',
    conditionIds: ['professionalisation-pressure', 'role-distinctiveness'],
    prompt:
      'Our expectations of “professional” behaviour have been adapted so that they do not wear away what is different about peer work.',
    help: 'Peer workers are not simply held to the same rules on distance and disclosure as other staff. Where a rule would stop them working as peers, it has been talked through and changed.',
    weight: 2,
    action:
      'List the policies and rules peer workers must follow, and ask peer workers which ones get in the way of peer support.',
  },

  // 2. Shared expectations of the role
  {
    id: 'rq-role-purpose-agreed',
    order: 4,
    topicId: 'shared-expectations',
    conditionIds: ['shared-expectations'],
    prompt:
      'Peer workers, managers, team colleagues and people who use services have agreed together what the role is for.',
    help: 'All four groups have met, talked through what they expect, and reached a shared view of the role’s purpose and values. Each group would describe the role in much the same way.',
    weight: 3,
    action: 'Hold a planning meeting with all four groups to agree the role’s purpose.',
  },
  {
    id: 'rq-expectation-differences-discussed',
    order: 5,
    topicId: 'shared-expectations',
    conditionIds: ['shared-expectations'],
    prompt:
      'Differences in what each group expects of the role have been brought into the open and talked through.',
    help: 'You know where people disagree about the role, for example on notes, risk or sharing lived experience, and you have agreed how to handle each point.',
    weight: 2,
    action:
      'Ask each group to complete the shared expectations exercise, then meet to talk through where the answers differ.',
  },
  {
    id: 'rq-senior-support-and-strategy',
    order: 6,
    topicId: 'shared-expectations',
    conditionIds: ['strategic-alignment', 'organisational-support'],
    prompt:
      'Senior managers back the peer worker role, and it fits the organisation’s wider plans for its services.',
    help: 'The role is part of how the organisation means to work, not a stand-alone project. A named senior manager champions it and helps solve problems.',
    weight: 2,
    action: 'Ask a senior manager to sponsor the role and show how it links to your service plans.',
  },

  // 3. Defining the role
  {
    id: 'rq-job-description-co-written',
    order: 7,
    topicId: 'role-definition',
    conditionIds: ['role-distinctiveness', 'shared-expectations'],
    prompt:
      'The job description says what peer workers do and do not do, and was written with peer workers and people who use services.',
    help: 'The job description matches the purpose everyone agreed. It names the use of lived experience as a core part of the job.',
    weight: 2,
    action:
      'Review the job description with peer workers and people who use services, and add what the role does not include.',
  },
  {
    id: 'rq-practical-arrangements-decided',
    order: 8,
    topicId: 'role-definition',
    conditionIds: ['organisational-support'],
    prompt:
      'Practical arrangements are settled before peer workers start: where they are based, who they work with, who manages them and what hours they work.',
    help: 'New peer workers arrive to a desk, a manager, a team that expects them and a clear first few weeks.',
    weight: 1,
    action: 'Make a checklist of practical arrangements and agree each one before the start date.',
  },

  // 4. Recruitment and selection
  {
    id: 'rq-formal-recruitment',
    order: 9,
    topicId: 'recruitment-and-selection',
    conditionIds: ['shared-expectations'],
    prompt:
      'Peer workers are recruited through a formal, open process, with a person specification agreed before the job is advertised.',
    help: 'Agreeing what you are looking for before you advertise helps any differences in expectations come out early, rather than at the interview.',
    weight: 2,
    action:
      'Agree the person specification, including lived experience as an essential requirement, before you advertise.',
  },
  {
    id: 'rq-lived-experience-in-recruitment',
    order: 10,
    topicId: 'recruitment-and-selection',
    conditionIds: ['lived-experience-valued'],
    prompt:
      'People with lived experience help design the recruitment process and sit on interview panels.',
    help: 'Peer workers or people who use services help write the advert and questions, and have an equal say in who is chosen.',
    weight: 2,
    action:
      'Invite an experienced peer worker or a person who uses services to join the next interview panel.',
  },

  // 5. Training
  {
    id: 'rq-role-training-before-start',
    order: 11,
    topicId: 'training',
    conditionIds: ['organisational-support', 'control-over-sharing'],
    prompt: 'Peer workers have training for the role before they start working with people.',
    help: 'Training covers the principles of peer support, using lived experience, boundaries, and what the job needs people to know, such as confidentiality, consent, safeguarding, and self-harm and suicide prevention.',
    weight: 2,
    action:
      'Plan a training programme for new peer workers, and ask experienced peer workers to help design and deliver it.',
  },
  {
    id: 'rq-ongoing-development',
    order: 12,
    topicId: 'training',
    conditionIds: ['organisational-support'],
    prompt:
      'Peer workers have ongoing learning and clear chances to develop, including routes into more senior peer roles.',
    help: 'Each peer worker has a development plan, and there is a way to progress without leaving peer work behind.',
    weight: 1,
    action:
      'Agree a development plan with each peer worker and map the steps from one peer role to the next.',
  },

  // 6. Preparing the team
  {
    id: 'rq-team-prepared-before-start',
    order: 13,
    topicId: 'team-preparation',
    conditionIds: ['team-preparation', 'shared-expectations'],
    prompt:
      'The team that peer workers will join has been prepared before they arrive, and knows what the role is for and how it differs from other roles.',
    help: 'Team colleagues have had a chance to learn about peer work, ask questions and raise worries before the first peer worker starts.',
    weight: 3,
    action:
      'Run a session with the whole team, with a peer worker helping to lead it, before new peer workers start.',
  },
  {
    id: 'rq-team-preparation-ongoing',
    order: 14,
    topicId: 'team-preparation',
    conditionIds: ['team-preparation'],
    prompt:
      'Team preparation carries on after peer workers start, with regular chances to talk about how the role is working.',
    help: 'Peer work is a standing item at team meetings or reviews. New staff learn about the role when they join.',
    weight: 2,
    action:
      'Add a regular slot on peer work to team meetings and include the role in induction for new staff.',
  },
  {
    id: 'rq-team-knows-how-to-work-with-peers',
    order: 15,
    topicId: 'team-preparation',
    conditionIds: ['team-preparation', 'hierarchy-through-working-arrangements'],
    prompt:
      'Team colleagues know how to work with peer workers day to day, and peer workers take part in team meetings and decisions.',
    help: 'Staff know how to introduce peer support to people and how to pass on information. Peer workers’ hours are planned so they can join the meetings where decisions are made.',
    weight: 2,
    action:
      'Agree simple working routines with the team, such as how to refer someone, and check that peer workers can attend key meetings.',
  },

  // 7. Supervision and support
  {
    id: 'rq-regular-supervision',
    order: 16,
    topicId: 'supervision-and-support',
    conditionIds: ['well-resourced-supervision'],
    prompt:
      'Every peer worker has regular supervision from someone who understands peer work and has protected time for it.',
    help: 'Supervision means regular, private time with a named person to reflect on the work and get support. The supervisor knows what peer work is and has time set aside for the role.',
    weight: 3,
    action:
      'Name a supervisor for each peer worker, set aside time for supervision, and give supervisors training on peer work.',
  },
  {
    id: 'rq-peer-network',
    order: 17,
    topicId: 'supervision-and-support',
    conditionIds: ['organisational-support'],
    prompt:
      'Peer workers can meet other peer workers regularly to support each other and reflect on their practice.',
    help: 'There is a regular peer workers’ group or network, inside or outside the organisation, in paid time.',
    weight: 1,
    action:
      'Set up a regular meeting for peer workers in paid time, or link them to a local peer network.',
  },
  {
    id: 'rq-wellbeing-plan',
    order: 18,
    topicId: 'supervision-and-support',
    conditionIds: ['organisational-support'],
    prompt:
      'Each peer worker has agreed with their manager what helps them stay well at work and what to do if things get hard.',
    help: 'The plan is led by the peer worker and includes any reasonable adjustments. It supports their choices rather than limiting their role.',
    weight: 2,
    action:
      'Offer each peer worker a private conversation to agree a wellbeing plan that they lead.',
  },

  // 8. Pay and conditions
  {
    id: 'rq-pay-parity',
    order: 19,
    topicId: 'pay-and-conditions',
    conditionIds: ['lived-experience-valued'],
    prompt:
      'Peer workers are paid and employed on the same basis as other staff with similar responsibilities.',
    help: 'Pay, contracts, holiday and access to staff benefits are in line with comparable roles. Any unpaid roles have clear terms and expenses.',
    weight: 2,
    action:
      'Compare peer workers’ pay and terms with similar roles in your organisation and put right any gaps.',
  },
  {
    id: 'rq-working-hours-fit',
    order: 20,
    topicId: 'pay-and-conditions',
    conditionIds: ['hierarchy-through-working-arrangements'],
    prompt:
      'Peer workers’ hours and any flexible arrangements suit them without leaving them out of team life.',
    help: 'Part-time or flexible hours are agreed with each peer worker. They do not mean peer workers miss training, supervision or team decisions.',
    weight: 2,
    action:
      'Check with each peer worker whether their hours keep them out of meetings, training or supervision, and adjust.',
  },

  // 9. Sharing lived experience and boundaries
  {
    id: 'rq-peer-workers-control-sharing',
    order: 21,
    topicId: 'sharing-lived-experience',
    conditionIds: ['control-over-sharing'],
    prompt:
      'Each peer worker decides for themselves how, when and how much of their lived experience to share.',
    help: 'Nobody is pressed to share more than they want, or told to share less than they choose, as long as sharing is for the benefit of the person supported.',
    weight: 2,
    action:
      'Make clear in writing that each peer worker is in control of how they share their own experience.',
  },
  {
    id: 'rq-protection-not-restricting-sharing',
    order: 22,
    topicId: 'sharing-lived-experience',
    conditionIds: ['protective-practice-boundaries', 'control-over-sharing'],
    prompt:
      'Rules meant to protect peer workers do not stop them sharing their experience in the way they choose.',
    help: 'Protective rules have been checked with peer workers. Their wellbeing is looked after without taking away what makes the role work.',
    weight: 2,
    action:
      'Review, with peer workers, any rules on what they may share, and keep only those they agree protect them.',
  },
  {
    id: 'rq-support-for-boundaries',
    order: 23,
    topicId: 'sharing-lived-experience',
    conditionIds: ['control-over-sharing', 'well-resourced-supervision'],
    prompt:
      'Training and supervision help peer workers set their own boundaries and judge when sharing their experience will help.',
    help: 'Peer workers have space to think through how they manage relationships and what they share. Boundaries are worked out with each person, not copied from other professions.',
    weight: 2,
    action:
      'Make boundaries and sharing lived experience a regular topic in training and supervision.',
  },

  // 10. Risk
  {
    id: 'rq-part-in-risk-agreed',
    order: 24,
    topicId: 'managing-risk',
    conditionIds: ['shared-expectations', 'role-distinctiveness'],
    prompt:
      'We have agreed what part peer workers play in assessing and managing risk, and what they do when they are worried about someone.',
    help: 'Peer workers and the team know whether peer workers join formal risk processes, and how to raise a concern. Peer workers’ own understanding of risk is heard.',
    weight: 2,
    action:
      'Agree with peer workers and the team what peer workers do, and do not do, in risk assessment and risk planning.',
  },
  {
    id: 'rq-notes-access-decided',
    order: 25,
    topicId: 'managing-risk',
    conditionIds: ['shared-expectations'],
    prompt:
      'We have decided on purpose whether peer workers can read and write in the records of the people they support.',
    help: 'The choice, either way, is made on purpose, written down and explained to people who use services. It is not left to each team to work out.',
    weight: 2,
    action:
      'Decide with peer workers, staff and people who use services whether peer workers will use records, and write the decision down.',
  },
  {
    id: 'rq-confidentiality-safeguarding-clear',
    order: 26,
    topicId: 'managing-risk',
    conditionIds: ['organisational-support'],
    prompt:
      'Peer workers know the rules on confidentiality, consent, information sharing and safeguarding, and who to go to with a concern.',
    help: 'Peer workers can explain to people what they will keep private and what they must pass on. They know who to contact, including out of hours.',
    weight: 2,
    action:
      'Go through confidentiality and safeguarding procedures with each peer worker and name who they contact with concerns.',
  },

  // 11. Working across organisations
  {
    id: 'rq-accountability-across-organisations',
    order: 27,
    topicId: 'working-across-organisations',
    conditionIds: ['employment-across-organisations', 'organisational-support'],
    prompt:
      'Where peer workers are employed by one organisation but work in another, everyone knows who manages them, who supervises them and who is responsible for what.',
    help: 'A written agreement sets out management, supervision, and whose policies apply. If all your peer workers are employed and based in one organisation, choose “Does not apply to us”.',
    weight: 2,
    mayNotApply: true,
    action:
      'Write a short agreement between the partner organisations covering management, supervision and whose policies apply.',
  },
  {
    id: 'rq-partners-share-expectations',
    order: 28,
    topicId: 'working-across-organisations',
    conditionIds: ['employment-across-organisations', 'shared-expectations'],
    prompt:
      'Partner organisations share the same expectations of the peer worker role and plan it together.',
    help: 'NHS and voluntary sector partners may see the role differently. Here they have talked this through and meet regularly to review the role. If you have no partners in peer work, choose “Does not apply to us”.',
    weight: 2,
    mayNotApply: true,
    action:
      'Set up a joint group with each partner organisation, including peer workers, to agree and review the role.',
  },

  // 12. Staying true to the principles
  {
    id: 'rq-lived-experience-valued-widely',
    order: 29,
    topicId: 'staying-true-to-principles',
    conditionIds: ['lived-experience-valued', 'strategic-alignment'],
    prompt:
      'Lived experience is valued across the whole organisation, including by senior leaders and in how services are planned.',
    help: 'People with lived experience are involved in decisions beyond the peer worker team. Their knowledge is asked for and acted on.',
    weight: 2,
    action:
      'Find one planning or decision-making group where people with lived experience are not yet involved, and invite them in.',
  },
  {
    id: 'rq-principles-reviewed',
    order: 30,
    topicId: 'staying-true-to-principles',
    conditionIds: ['role-distinctiveness', 'professionalisation-pressure'],
    prompt:
      'We regularly check, with peer workers and people who use services, that peer support still follows its principles.',
    help: 'The principles are written down, for example shared lived experience, mutuality, and choice and control for the person supported. They are used to review practice at least once a year.',
    weight: 2,
    action:
      'Agree a short list of peer support principles and hold a yearly review of practice against them.',
  },
];
