/**
 * Rules for single fields of the network classes, keyed `Class.field`, run by
 * graph/items/items.validation.ts after the field kind's own check (a string,
 * an int): a prefix and an address are valid CIDR and stored normalised (IPv6
 * compressed, lower case), a VLAN id is 1–4094, a colour is RGB hex stored in
 * lower case, lengths, speeds and power figures are not negative. Rules that
 * need the graph (uniqueness within a VRF, a VLAN inside its group's range)
 * are in ip.rules.ts.
 */
import { parseAddress, parsePrefix } from './ip.space';

export type FieldRule = (value: unknown) => { ok: true; value: unknown } | { ok: false; reason: string };

const range =
  (what: string, min: number, max = Number.MAX_SAFE_INTEGER): FieldRule =>
  (value) =>
    typeof value === 'number' && value >= min && value <= max
      ? { ok: true, value }
      : {
          ok: false,
          reason:
            max === Number.MAX_SAFE_INTEGER
              ? `${what} is at least ${min}, not ${String(value)}`
              : `${what} is ${min}–${max}, not ${String(value)}`,
        };

const HEX_COLOUR = /^[0-9a-f]{6}$/;
const colour: FieldRule = (value) => {
  const hex = String(value).trim().replace(/^#/, '').toLowerCase();
  return HEX_COLOUR.test(hex)
    ? { ok: true, value: hex }
    : {
        ok: false,
        reason: `a colour is six hex digits (RGB), e.g. 2196f3; got ${JSON.stringify(String(value).slice(0, 40))}`,
      };
};

export const VID_MIN = 1;
export const VID_MAX = 4094;
const vlanId = range('a VLAN id', VID_MIN, VID_MAX);
const notNegative = (what: string) => range(what, 0);

export const NETWORK_FIELD_RULES: Readonly<Record<string, FieldRule>> = {
  'Prefix.prefix': (value) => {
    const parsed = parsePrefix(value as string);
    return parsed.ok ? { ok: true, value: parsed.value.text } : parsed;
  },
  'IPAddress.ipAddress': (value) => {
    const parsed = parseAddress(value as string);
    return parsed.ok ? { ok: true, value: parsed.value.text } : parsed;
  },
  'VLAN.vid': vlanId,
  'VLANGroup.minVid': vlanId,
  'VLANGroup.maxVid': vlanId,
  'Cable.colour': colour,
  'Cable.length': notNegative('a length'),
  'FrontPort.colour': colour,
  'RearPort.colour': colour,
  'RearPort.positions': range("a rear port's positions", 1, 1024),
  'Interface.speedKbps': notNegative('a speed'),
  'Interface.mtu': range('an MTU', 1, 65536),
  'PowerPort.maximumDrawW': notNegative('a draw'),
  'PowerPort.allocatedDrawW': notNegative('a draw'),
  'PowerFeed.voltage': notNegative('a voltage'),
  'PowerFeed.amperage': notNegative('an amperage'),
  'PowerFeed.maxUtilisation': range('a maximum utilisation, in percent,', 1, 100),
  'Circuit.commitRateKbps': notNegative('a commit rate'),
};
