import type { SeatClass } from '../schema';

/** A line as station codes with kilometres from its first station (approximate real distances). */
type Line = [code: string, km: number][];

const NORTH: Line = [
  ['GMR', 0],
  ['JNG', 8],
  ['BKS', 27],
  ['CKP', 83],
  ['CN', 219],
  ['TG', 292],
  ['PK', 356],
  ['SMT', 443],
  ['CU', 577],
  ['BJ', 606],
  ['SBI', 725],
];
const SOUTH: Line = [
  ['GMR', 0],
  ['JNG', 8],
  ['BKS', 27],
  ['CKP', 83],
  ['CN', 219],
  ['PWT', 352],
  ['KYA', 380],
  ['KTA', 453],
  ['YK', 514],
  ['SLO', 574],
];
const SOUTH_EAST: Line = [...SOUTH, ['MN', 671], ['KTS', 738], ['JG', 762], ['SGU', 828]];
const SOUTH_MALANG: Line = [
  ...SOUTH,
  ['MN', 671],
  ['KTS', 738],
  ['KD', 765],
  ['BL', 840],
  ['ML', 914],
];
const SENEN_LEMPUYANGAN: Line = [
  ['PSE', 0],
  ['JNG', 5],
  ['BKS', 24],
  ['CKP', 80],
  ['CN', 216],
  ['PWT', 349],
  ['KYA', 377],
  ['KTA', 450],
  ['LPN', 512],
];
const PARAHYANGAN: Line = [
  ['GMR', 0],
  ['JNG', 8],
  ['BKS', 27],
  ['PWK', 109],
  ['CMI', 167],
  ['BD', 173],
];
const PRIANGAN: Line = [
  ['BD', 0],
  ['KAC', 4],
  ['TSM', 116],
  ['BJR', 160],
  ['KYA', 262],
  ['KTA', 335],
  ['YK', 396],
  ['SLO', 456],
  ['MN', 553],
  ['KTS', 620],
  ['JG', 644],
  ['SGU', 710],
];

/** Coach composition: class, sub-class, layout and how many coaches. */
type Composition = { seatClass: SeatClass; prefix: string; layout: string; count: number }[];

const C = {
  lux: { seatClass: 'luxury', prefix: 'LUX', layout: 'LUX-18' },
  pan: { seatClass: 'panoramic', prefix: 'PAN', layout: 'PAN-38' },
  eks: { seatClass: 'eksekutif', prefix: 'EKS', layout: 'EKS-50' },
  bis: { seatClass: 'bisnis', prefix: 'BIS', layout: 'BIS-64' },
  eko: { seatClass: 'ekonomi', prefix: 'EKO', layout: 'EKO-106' },
  ekoNg: { seatClass: 'ekonomi', prefix: 'EKO', layout: 'EKO-NG-72' },
} as const;

export type ServiceDef = {
  name: string;
  line: Line;
  /** Station codes where it stops (always includes both ends). */
  stops: string[];
  /** Total running time, first to last station, in minutes. */
  minutes: number;
  coaches: Composition;
  /** Train number and departure time (WIB, "HH:MM") from the first station, per direction. */
  outbound: [number, string][];
  inbound: [number, string][];
};

/**
 * Fifteen real KAI intercity services (Progo is the economy train from Pasar Senen). Even numbers leave Jakarta (or the western end); odd numbers
 * run toward Jakarta, as KAI numbers them. Times are plausible, not a copy of the live timetable.
 */
export const SERVICES: ServiceDef[] = [
  {
    name: 'Argo Bromo Anggrek',
    line: NORTH,
    stops: ['GMR', 'CN', 'PK', 'SMT', 'SBI'],
    minutes: 480,
    coaches: [
      { ...C.lux, count: 1 },
      { ...C.eks, count: 7 },
    ],
    outbound: [
      [2, '08:20'],
      [4, '20:30'],
    ],
    inbound: [
      [1, '08:00'],
      [3, '20:00'],
    ],
  },
  {
    name: 'Sembrani',
    line: NORTH,
    stops: ['GMR', 'JNG', 'BKS', 'CN', 'TG', 'PK', 'SMT', 'CU', 'BJ', 'SBI'],
    minutes: 525,
    coaches: [{ ...C.eks, count: 8 }],
    outbound: [[58, '19:00']],
    inbound: [[57, '17:30']],
  },
  {
    name: 'Taksaka',
    line: SOUTH,
    stops: ['GMR', 'JNG', 'CN', 'PWT', 'KYA', 'KTA', 'YK'],
    minutes: 380,
    coaches: [
      { ...C.lux, count: 1 },
      { ...C.eks, count: 7 },
    ],
    outbound: [
      [44, '09:10'],
      [46, '21:35'],
      [48, '15:00'],
    ],
    inbound: [
      [43, '07:30'],
      [47, '14:45'],
      [45, '21:05'],
    ],
  },
  {
    name: 'Argo Lawu',
    line: SOUTH,
    stops: ['GMR', 'JNG', 'CN', 'PWT', 'KTA', 'YK', 'SLO'],
    minutes: 445,
    coaches: [
      { ...C.lux, count: 1 },
      { ...C.eks, count: 8 },
    ],
    outbound: [[16, '20:45']],
    inbound: [[15, '08:00']],
  },
  {
    name: 'Argo Dwipangga',
    line: SOUTH,
    stops: ['GMR', 'JNG', 'CN', 'PWT', 'KYA', 'KTA', 'YK', 'SLO'],
    minutes: 450,
    coaches: [{ ...C.eks, count: 8 }],
    outbound: [[8, '08:15']],
    inbound: [[7, '20:00']],
  },
  {
    name: 'Argo Muria',
    line: NORTH.slice(0, 8),
    stops: ['GMR', 'JNG', 'CN', 'TG', 'PK', 'SMT'],
    minutes: 330,
    coaches: [{ ...C.eks, count: 8 }],
    outbound: [[20, '06:30']],
    inbound: [[19, '16:00']],
  },
  {
    name: 'Argo Sindoro',
    line: NORTH.slice(0, 8),
    stops: ['GMR', 'JNG', 'CN', 'PK', 'SMT'],
    minutes: 320,
    coaches: [{ ...C.eks, count: 7 }],
    outbound: [[22, '16:00']],
    inbound: [[21, '05:30']],
  },
  {
    name: 'Argo Parahyangan',
    line: PARAHYANGAN,
    stops: ['GMR', 'JNG', 'BKS', 'PWK', 'CMI', 'BD'],
    minutes: 175,
    coaches: [
      { ...C.pan, count: 1 },
      { ...C.eks, count: 3 },
      { ...C.ekoNg, count: 4 },
    ],
    outbound: [
      [34, '05:10'],
      [36, '09:30'],
      [38, '16:10'],
    ],
    inbound: [
      [33, '05:00'],
      [35, '10:20'],
      [37, '18:30'],
    ],
  },
  {
    name: 'Argo Wilis',
    line: PRIANGAN,
    stops: ['BD', 'KAC', 'TSM', 'BJR', 'KYA', 'KTA', 'YK', 'SLO', 'MN', 'KTS', 'JG', 'SGU'],
    minutes: 620,
    coaches: [
      { ...C.pan, count: 1 },
      { ...C.eks, count: 7 },
    ],
    outbound: [[6, '07:00']],
    inbound: [[5, '08:00']],
  },
  {
    name: 'Turangga',
    line: PRIANGAN,
    stops: ['BD', 'KAC', 'TSM', 'BJR', 'KYA', 'KTA', 'YK', 'SLO', 'MN', 'KTS', 'JG', 'SGU'],
    minutes: 640,
    coaches: [
      { ...C.eks, count: 4 },
      { ...C.ekoNg, count: 4 },
    ],
    outbound: [[66, '18:20']],
    inbound: [[65, '18:50']],
  },
  {
    name: 'Gajayana',
    line: SOUTH_MALANG,
    stops: ['GMR', 'JNG', 'CN', 'PWT', 'KYA', 'KTA', 'YK', 'SLO', 'MN', 'KTS', 'KD', 'BL', 'ML'],
    minutes: 930,
    coaches: [
      { ...C.lux, count: 1 },
      { ...C.eks, count: 8 },
    ],
    outbound: [[52, '18:10']],
    inbound: [[51, '13:30']],
  },
  {
    name: 'Brawijaya',
    line: SOUTH_MALANG,
    stops: ['GMR', 'JNG', 'CN', 'PWT', 'YK', 'SLO', 'MN', 'KD', 'BL', 'ML'],
    minutes: 900,
    coaches: [
      { ...C.eks, count: 4 },
      { ...C.bis, count: 2 },
      { ...C.eko, count: 3 },
    ],
    outbound: [[54, '15:40']],
    inbound: [[53, '16:15']],
  },
  {
    name: 'Bima',
    line: SOUTH_EAST,
    stops: ['GMR', 'JNG', 'CN', 'PWT', 'KYA', 'YK', 'SLO', 'MN', 'JG', 'SGU'],
    minutes: 800,
    coaches: [{ ...C.eks, count: 8 }],
    outbound: [[60, '17:00']],
    inbound: [[59, '17:00']],
  },
  {
    name: 'Purwojaya',
    line: SOUTH.slice(0, 7),
    stops: ['GMR', 'JNG', 'BKS', 'CKP', 'CN', 'PWT', 'KYA'],
    minutes: 330,
    coaches: [
      { ...C.eks, count: 3 },
      { ...C.bis, count: 2 },
      { ...C.eko, count: 3 },
    ],
    outbound: [
      [62, '07:20'],
      [64, '20:30'],
    ],
    inbound: [
      [61, '07:50'],
      [63, '20:15'],
    ],
  },
  {
    name: 'Progo',
    line: SENEN_LEMPUYANGAN,
    stops: ['PSE', 'JNG', 'BKS', 'CN', 'PWT', 'KYA', 'KTA', 'LPN'],
    minutes: 470,
    coaches: [{ ...C.eko, count: 8 }],
    outbound: [[142, '22:15']],
    inbound: [[141, '17:00']],
  },
];
