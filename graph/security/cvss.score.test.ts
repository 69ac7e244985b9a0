/**
 * Base scores of real advisories' vectors, as NVD and GitHub publish them.
 */
import { cvssBaseScore } from './cvss.score';

it.each([
  ['CVSS_V3', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10], // log4shell
  ['CVSS_V3', 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:N', 7.1], // guava CVE-2023-2976
  ['CVSS_V3', 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:H', 7.4], // lodash CVE-2020-8203
  ['CVSS_V2', 'AV:N/AC:L/Au:N/C:P/I:P/A:P', 7.5],
  ['CVSS_V4', 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 9.3],
])('%s %s scores %d', (type, vector, score) => {
  expect(cvssBaseScore(type, vector)).toBe(score);
});

it('has no score for a vector it cannot read, or one of another version than its type', () => {
  expect(cvssBaseScore('CVSS_V3', 'CVSS:3.1/AV:N')).toBeNull();
  expect(cvssBaseScore('CVSS_V4', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H')).toBeNull();
  expect(cvssBaseScore('Ubuntu', 'high')).toBeNull();
});
