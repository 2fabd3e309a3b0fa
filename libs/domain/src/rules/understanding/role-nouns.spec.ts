import {
  agentNounOf,
  isRoleSpecialty,
  mentionsRole,
  roleAbbreviation,
  roleNeedsQualifier,
  roleNounOf,
} from './role-nouns';

describe('role nouns', () => {
  it.each([
    ['nurses', 'nurse'],
    ['Teacher', 'teacher'],
    ['attorneys', 'attorney'],
    ['secretaries', 'secretary'],
    ['coaches', 'coach'],
    ['dev', 'developer'],
    ['devs', 'developer'],
    ['engineers', 'engineer'],
  ])('roleNounOf(%p) = %p', (word, noun) => {
    expect(roleNounOf(word)).toBe(noun);
  });

  it.each(['sales', 'analytics', 'team', 'devops', 'nursing'])('%p is not a role noun', (word) => {
    expect(roleNounOf(word)).toBeUndefined();
  });

  it('tells which nouns need a qualifier', () => {
    expect(['lead', 'owner', 'assistant', 'agent', 'associate'].every(roleNeedsQualifier)).toBe(true);
    expect(['nurse', 'teacher', 'accountant', 'engineer'].some(roleNeedsQualifier)).toBe(false);
  });

  it('reads abbreviations by case where case matters', () => {
    expect(roleAbbreviation('SDE-2')).toBe('software engineer');
    expect(roleAbbreviation('RN')).toBe('registered nurse');
    expect(roleAbbreviation('pm')).toBeUndefined();
  });

  it.each([
    ['Registered Nurse', true],
    ['Backend Devs', true],
    ['Co-Founder', true],
    ['SRE', true],
    ['Maria Gonzalez', false],
    ['Mass General Hospital', false],
  ])('mentionsRole(%p) = %p', (text, expected) => {
    expect(mentionsRole(text)).toBe(expected);
  });

  it('knows the professions of the occupation catalogue, their title heads only after a qualifier', () => {
    expect(roleNounOf('sonographers')).toBe('sonographer');
    expect(roleNounOf('roofer')).toBe('roofer');
    expect(roleNounOf('installer')).toBe('installer');
    expect(roleNeedsQualifier('installer')).toBe(true);
    expect(roleNeedsQualifier('roofer')).toBe(false);
    // things and everyday words shaped like workers are no role nouns
    expect(roleNounOf('server')).toBeUndefined();
    expect(roleNounOf('holder')).toBeUndefined();
  });

  it.each([
    ['tutoring', 'tutor'],
    ['welding', 'welder'],
    ['inspection', undefined],
    ['audit', 'auditor'],
    ['nursing', 'nurse'],
    ['banking', undefined],
    ['engineer', undefined],
  ])('agentNounOf(%p) = %p', (work, expected) => {
    expect(agentNounOf(work)).toBe(expected);
  });

  it.each([
    ['Front-End', true],
    ['Back End', true],
    ['iOS', true],
    ['Data / ML', true],
    ['Acme', false],
    ['Remote', false],
  ])('isRoleSpecialty(%p) = %p', (text, expected) => {
    expect(isRoleSpecialty(text)).toBe(expected);
  });
});
