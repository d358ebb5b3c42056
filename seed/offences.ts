import type { Faker } from '@faker-js/faker';
import { formatPence } from '@lib/money';
import type { ModeOfTrial } from './journeys/journeyTypes';
import { fullName } from './names';
import { intBetween, pick } from './random';

/** An offence of the national offence list, with how it may be tried and how its wording is made. */
interface OffenceKind {
  code: string;
  modeOfTrial: ModeOfTrial;
  wording: (faker: Faker, place: string) => string;
}

const SHOPS = [
  'Tesco Stores Ltd',
  'J Sainsbury plc',
  'Boots UK Ltd',
  'Asda Stores Ltd',
  'Co-operative Group Ltd',
];

function amount(faker: Faker, minPounds: number, maxPounds: number): string {
  return `£${formatPence(intBetween(faker, minPounds * 100, maxPounds * 100))}`;
}

/** A short catalogue of common offences (codes in the style of the Criminal Justice Standard Offence list). */
const OFFENCES: readonly OffenceKind[] = [
  {
    code: 'CJ88116',
    modeOfTrial: 'SUMMARY_ONLY',
    wording: (faker, place) => `At ${place} assaulted ${fullName(faker)} by beating them`,
  },
  {
    code: 'RT88191',
    modeOfTrial: 'SUMMARY_ONLY',
    wording: (faker, place) =>
      `At ${place} drove a motor vehicle on a road after consuming so much alcohol that the proportion of it in breath, namely ${intBetween(faker, 40, 120)} microgrammes of alcohol in 100 millilitres, exceeded the prescribed limit`,
  },
  {
    code: 'RT88007',
    modeOfTrial: 'SUMMARY_ONLY',
    wording: (_faker, place) =>
      `At ${place} drove a motor vehicle on a road while disqualified from holding a licence`,
  },
  {
    code: 'PU86001',
    modeOfTrial: 'SUMMARY_ONLY',
    wording: (_faker, place) =>
      `At ${place} used threatening or abusive words or behaviour likely to cause harassment, alarm or distress`,
  },
  {
    code: 'TH68010',
    modeOfTrial: 'EITHER_WAY',
    wording: (faker, place) =>
      `At ${place} stole goods to the value of ${amount(faker, 10, 900)} belonging to ${pick(faker, SHOPS)}`,
  },
  {
    code: 'CD71039',
    modeOfTrial: 'EITHER_WAY',
    wording: (faker, place) =>
      `At ${place} without lawful excuse damaged property belonging to ${fullName(faker)} to the value of ${amount(faker, 50, 8000)}`,
  },
  {
    code: 'OF61016',
    modeOfTrial: 'EITHER_WAY',
    wording: (faker, place) =>
      `At ${place} assaulted ${fullName(faker)} thereby occasioning them actual bodily harm`,
  },
  {
    code: 'MD71230',
    modeOfTrial: 'EITHER_WAY',
    wording: (_faker, place) =>
      `At ${place} had in possession a quantity of cocaine, a controlled drug of Class A`,
  },
  {
    code: 'MD71110',
    modeOfTrial: 'EITHER_WAY',
    wording: (_faker, place) =>
      `At ${place} was concerned in the supply of heroin, a controlled drug of Class A, to another`,
  },
  {
    code: 'FR06001',
    modeOfTrial: 'EITHER_WAY',
    wording: (faker, place) =>
      `At ${place} dishonestly made a false representation intending to make a gain of ${amount(faker, 200, 90000)}`,
  },
  {
    code: 'TH68023',
    modeOfTrial: 'INDICTABLE_ONLY',
    wording: (faker, place) => `At ${place} robbed ${fullName(faker)} of a mobile telephone and cash`,
  },
  {
    code: 'OF61004',
    modeOfTrial: 'INDICTABLE_ONLY',
    wording: (faker, place) =>
      `At ${place} wounded ${fullName(faker)} with intent to do them grievous bodily harm`,
  },
  {
    code: 'CC10001',
    modeOfTrial: 'INDICTABLE_ONLY',
    wording: (_faker, place) =>
      `At ${place} conspired with others to supply cocaine, a controlled drug of Class A, to another`,
  },
];

const BY_MODE = new Map<ModeOfTrial, OffenceKind[]>();
for (const offence of OFFENCES)
  BY_MODE.set(offence.modeOfTrial, [...(BY_MODE.get(offence.modeOfTrial) ?? []), offence]);

/** An offence charged: its code, mode of trial and wording. */
export interface ChargedOffence {
  code: string;
  modeOfTrial: ModeOfTrial;
  wording: string;
}

/** An offence of the given mode of trial, worded for a place. */
export function chargeOffence(faker: Faker, modeOfTrial: ModeOfTrial, place: string): ChargedOffence {
  const kind = pick(faker, BY_MODE.get(modeOfTrial) ?? OFFENCES);
  return { code: kind.code, modeOfTrial, wording: kind.wording(faker, place) };
}
