/**
 * Catalogue of places: the regions the estate spans, the cities its sites are in (with their currency,
 * phone prefix and reseller) and the streets their buildings stand on. Plain data.
 */

export interface RegionSpec {
  name: string;
  code: string;
  currency: string;
  phone: string;
  reseller: string;
  cities: readonly (readonly [city: string, code: string])[];
}

export const REGIONS: readonly RegionSpec[] = [
  {
    name: 'EMEA',
    code: 'emea',
    currency: 'EUR',
    phone: '+44 20 7946',
    reseller: 'softcat',
    cities: [
      ['London', 'LON'],
      ['Frankfurt', 'FRA'],
      ['Amsterdam', 'AMS'],
      ['Paris', 'PAR'],
      ['Dublin', 'DUB'],
      ['Madrid', 'MAD'],
      ['Milan', 'MIL'],
      ['Stockholm', 'STO'],
      ['Zurich', 'ZRH'],
      ['Warsaw', 'WAW'],
      ['Vienna', 'VIE'],
      ['Brussels', 'BRU'],
    ],
  },
  {
    name: 'North America',
    code: 'nam',
    currency: 'USD',
    phone: '+1 202 555',
    reseller: 'cdw',
    cities: [
      ['New York', 'NYC'],
      ['Ashburn', 'ASH'],
      ['Chicago', 'CHI'],
      ['Dallas', 'DAL'],
      ['San Jose', 'SJC'],
      ['Toronto', 'TOR'],
      ['Atlanta', 'ATL'],
      ['Seattle', 'SEA'],
      ['Denver', 'DEN'],
      ['Phoenix', 'PHX'],
      ['Boston', 'BOS'],
      ['Montreal', 'MTL'],
    ],
  },
  {
    name: 'APAC',
    code: 'apac',
    currency: 'USD',
    phone: '+65 6555',
    reseller: 'insight',
    cities: [
      ['Singapore', 'SIN'],
      ['Tokyo', 'TYO'],
      ['Sydney', 'SYD'],
      ['Hong Kong', 'HKG'],
      ['Mumbai', 'BOM'],
      ['Seoul', 'SEL'],
      ['Osaka', 'OSA'],
      ['Melbourne', 'MEL'],
      ['Jakarta', 'JKT'],
      ['Bangalore', 'BLR'],
      ['Auckland', 'AKL'],
      ['Taipei', 'TPE'],
    ],
  },
  {
    name: 'LATAM',
    code: 'latam',
    currency: 'USD',
    phone: '+55 11 5555',
    reseller: 'insight',
    cities: [
      ['Sao Paulo', 'SAO'],
      ['Mexico City', 'MEX'],
      ['Bogota', 'BOG'],
      ['Santiago', 'SCL'],
      ['Buenos Aires', 'BUE'],
      ['Lima', 'LIM'],
      ['Queretaro', 'QRO'],
      ['Rio de Janeiro', 'RIO'],
      ['Panama City', 'PTY'],
      ['Montevideo', 'MVD'],
      ['Monterrey', 'MTY'],
      ['Guadalajara', 'GDL'],
    ],
  },
];

export const STREETS = [
  'Data Park Way',
  'Harbour Road',
  'Station Street',
  'Industrial Avenue',
  'Fibre Lane',
  'Kingsway',
  'Riverside Drive',
  'Technology Boulevard',
  'Mill Road',
  'Airport Road',
];
