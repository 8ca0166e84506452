/**
 * States of the news archive that no longer exist, which the countries package (current states only)
 * lacks. Source: ISO 3166-3, the codes formerly used (Soviet Union SU, East Germany DD, Yugoslavia YU,
 * Czechoslovakia CS); West Germany is written with DE, the code of the state that continues it.
 */
export interface FormerState {
  readonly code: string
  readonly name: string
  readonly official: string
  readonly other: readonly string[]
  readonly demonym: string
  readonly people?: string
}

export const FORMER_STATES: readonly FormerState[] = [
  { code: 'SU', name: 'Soviet Union', official: 'Union of Soviet Socialist Republics', other: ['USSR'], demonym: 'Soviet', people: 'Soviets' },
  { code: 'DD', name: 'East Germany', official: 'German Democratic Republic', other: [], demonym: 'East German', people: 'East Germans' },
  { code: 'DE', name: 'West Germany', official: 'Federal Republic of Germany', other: [], demonym: 'West German', people: 'West Germans' },
  { code: 'YU', name: 'Yugoslavia', official: 'Socialist Federal Republic of Yugoslavia', other: [], demonym: 'Yugoslav', people: 'Yugoslavs' },
  { code: 'CS', name: 'Czechoslovakia', official: 'Czechoslovak Socialist Republic', other: [], demonym: 'Czechoslovak' },
]
