import { eligibleForm, EligibleForm } from './eligibility.service';

describe('what a unit may form, at each boundary', () => {
  it.each([
    [2, 2, EligibleForm.JOINT_BRANCH],
    [3, 3, EligibleForm.BRANCH],
    [3, 50, EligibleForm.BRANCH],
    [40, 51, EligibleForm.GENERAL_BRANCH],
    [90, 99, EligibleForm.GENERAL_BRANCH],
    [90, 100, EligibleForm.PARTY_COMMITTEE],
  ])('%i full members of %i → %s', (full, members, form) => {
    expect(eligibleForm(full, members).form).toBe(form);
  });
});
