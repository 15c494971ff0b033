/**
 * The regions the register groups forces by: the nine English regions and Wales. A geographic grouping
 * (where each force area lies), not the inspectorate's own HMI regions, which change with its
 * inspectors' portfolios.
 */
export const REGIONS = [
  'North East',
  'North West',
  'Yorkshire and the Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
  'Wales',
] as const;

export type Region = (typeof REGIONS)[number];
