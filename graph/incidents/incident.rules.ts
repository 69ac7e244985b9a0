/**
 * Incidents: outage records, not CIs. `(:Incident)-[:AFFECTS]->(:CI)`.
 * Their vocabularies and the status transitions as data.
 */

export const INCIDENT_SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

export const INCIDENT_STATUSES = ['OPEN', 'MITIGATED', 'RESOLVED'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** Where an incident may go from each status; RESOLVED → OPEN reopens it (and clears resolvedAt). */
export const INCIDENT_TRANSITIONS: Readonly<Record<IncidentStatus, readonly IncidentStatus[]>> = {
  OPEN: ['MITIGATED', 'RESOLVED'],
  MITIGATED: ['OPEN', 'RESOLVED'],
  RESOLVED: ['OPEN'],
};

/** The timestamp a status sets when entered (RESOLVED: resolvedAt, MITIGATED: mitigatedAt). */
export const STATUS_TIMESTAMP: Readonly<Partial<Record<IncidentStatus, string>>> = {
  MITIGATED: 'mitigatedAt',
  RESOLVED: 'resolvedAt',
};

export const INCIDENT_LIMITS = { maxAffects: 500, maxTitle: 200, maxDescription: 5000 } as const;

/** Why an incident cannot go from `from` to `to`, or undefined when it can (staying put is always fine). */
export function transitionRefusal(from: IncidentStatus, to: IncidentStatus): string | undefined {
  if (from === to || INCIDENT_TRANSITIONS[from].includes(to)) return undefined;
  return `an incident cannot go from ${from} to ${to}; from ${from} it can go to ${INCIDENT_TRANSITIONS[from].join(', ')}`;
}
