/** A person's education, training and skills record, as P-Nomis's LearnerRecord gives it to the page. */
export interface LearnerRecord {
  courses: {
    courseName: string;
    prison: { name: string };
    startedOn: string;
    plannedEndOn: string;
    endedOn: string | null;
    status: 'IN_PROGRESS' | 'COMPLETED' | 'WITHDRAWN' | 'TEMPORARILY_WITHDRAWN';
    outcomeGrade: string | null;
    accredited: boolean;
  }[];
  qualifications: {
    subject: string;
    level: string;
    grade: string | null;
    awardedOn: string;
    awardingBody: string;
  }[];
  assessments: {
    area: 'ENGLISH' | 'MATHS' | 'DIGITAL';
    level: string;
    assessedOn: string;
    prison: { name: string };
    learningNeeds: string[];
  }[];
  goals: { title: string; status: string; reviewOn: string; steps: { title: string; status: string }[] }[];
}

/** The selection of the learner record the page shows. */
export const LEARNER_RECORD_SELECTION = `learning {
      courses { courseName prison { name } startedOn plannedEndOn endedOn status outcomeGrade accredited }
      qualifications { subject level grade awardedOn awardingBody }
      assessments { area level assessedOn prison { name } learningNeeds }
      goals { title status reviewOn steps { title status } }
    }`;
