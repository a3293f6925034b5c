import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const officials = (text: string) => analyze(text).officials.map((o) => ({ name: o.name, title: o.title }));

describe('a role before a preposition belongs to someone else', () => {
  it('"an aide to President X": X is the president, not the aide', () => {
    const found = officials('John Smith, a former top aide to President George W. Bush, said the plan would fail.');
    expect(found).toContainEqual({ name: 'George W. Bush', title: 'President' });
    expect(found.find((o) => o.name === 'John Smith')?.title).toBe('former top aide to President George W. Bush');
  });

  it('"the chairman of President X’s council": X keeps only his own title', () => {
    const found = officials('The former chairman of President Barack Obama’s council of economic advisers, Alan Krueger, said prices would rise.');
    const obama = found.find((o) => o.name === 'Barack Obama');
    expect(obama?.title).not.toContain('chairman');
    expect(obama?.title).toMatch(/President$/);
  });

  it('keeps titles that contain "of" and "for" before a name', () => {
    expect(officials('US Secretary of State Antony Blinken said on Monday that talks would go on.')).toContainEqual({ name: 'Antony Blinken', title: 'US Secretary of State' });
    expect(officials('Deputy Minister for Fisheries Johan Ek said the gap had narrowed.')[0]).toMatchObject({ name: 'Johan Ek', title: 'Deputy Minister for Fisheries' });
  });
});
