import type { Fields } from './endpoints';

/**
 * The authorization matrix: every server action and route handler in the build, who may call it,
 * and the form fields it reads (for the fuzzing). An action or route missing here fails
 * e2e/authz-matrix.spec.ts and e2e/fuzz-*.spec.ts, so a new one cannot be forgotten.
 *
 * public: anyone · user: any signed-in account (acting on its own things only) · staff: gate staff
 * (`petugas`) and admins · admin: admins only · bank: whoever holds the payment server key
 * (signature or Basic auth), never a session.
 */
export type Who = 'public' | 'user' | 'staff' | 'admin' | 'bank';

/** What a test knows about passenger A, whose things another passenger tries to touch. */
export type Owned = { paidCode: string; heldCode: string; tokenId: string; pin: string };

export type ActionRow = {
  who: Who;
  /** The form fields the action's schema reads. */
  fields: readonly string[];
  /** For an action on something named in the form: a valid call on passenger A's things. */
  onOwned?: (a: Owned) => Fields;
};

const BOOKING_ID = ['code'];

export const ACTIONS: Record<string, ActionRow> = {
  // app/(auth), app/actions: login, registration, session, language
  login: { who: 'public', fields: ['identifier', 'password', 'next'] },
  register: {
    who: 'public',
    fields: ['fullName', 'email', 'phone', 'nik', 'birthDate', 'password'],
  },
  confirmRegistration: { who: 'public', fields: ['code'] },
  logout: { who: 'public', fields: [] },
  setLocale: { who: 'public', fields: ['locale'] },
  logoutEverywhere: { who: 'user', fields: [] },
  updatePassword: { who: 'user', fields: ['currentPassword', 'newPassword'] },
  // Booking, checkout, tickets: on a booking named by its code
  holdBooking: {
    who: 'user',
    fields: [
      'tripId',
      'origin',
      'destination',
      'seatClass',
      'adults',
      'infants',
      'adult_0_name',
      'adult_0_idType',
      'adult_0_idNumber',
      'adult_0_seat',
      'contactName',
      'contactEmail',
      'contactPhone',
      'tripId2',
    ],
  },
  cancelMyBooking: {
    who: 'user',
    fields: [...BOOKING_ID, 'confirm'],
    onOwned: (a) => ({ code: a.paidCode, confirm: 'yes' }),
  },
  rescheduleMyBooking: {
    who: 'user',
    fields: [...BOOKING_ID, 'tripId', 'subClass', 'pin'],
    onOwned: (a) => ({ code: a.paidCode, tripId: '1', subClass: 'A', pin: a.pin }),
  },
  payBookingWithKaipay: {
    who: 'user',
    fields: [...BOOKING_ID, 'pin'],
    onOwned: (a) => ({ code: a.heldCode, pin: a.pin }),
  },
  chooseBookingPaymentMethod: {
    who: 'user',
    fields: [...BOOKING_ID, 'method'],
    onOwned: (a) => ({ code: a.heldCode, method: 'BCA' }),
  },
  showBoardingPass: {
    who: 'user',
    fields: BOOKING_ID,
    onOwned: (a) => ({ code: a.paidCode }),
  },
  // KAIPay: always the caller's own wallet
  sendIdentity: {
    who: 'user',
    fields: ['fullName', 'nik', 'birthDate', 'email', 'channel', 'consent', 'next'],
  },
  verifyOtp: { who: 'user', fields: ['code', 'next'] },
  resendOtp: { who: 'user', fields: ['channel', 'next'] },
  createPin: { who: 'user', fields: ['pin', 'pinConfirm', 'next'] },
  restart: { who: 'user', fields: ['next'] },
  chooseTopUpBank: { who: 'user', fields: ['method', 'bank'] },
  createRetailCode: { who: 'user', fields: ['outlet', 'amount'] },
  updatePin: { who: 'user', fields: ['oldPin', 'pin', 'pinConfirm'] },
  sendResetOtp: { who: 'user', fields: ['channel', 'next'] },
  resetPinWithOtp: { who: 'user', fields: ['code', 'pin', 'pinConfirm', 'next'] },
  createToken: { who: 'user', fields: ['name'] },
  revokeToken: { who: 'user', fields: ['id'], onOwned: (a) => ({ id: a.tokenId }) },
  // The sandbox bank is the outside world: anyone may pay at it (while the sandbox is on).
  payAsCustomer: { who: 'public', fields: ['channel', 'bank', 'number', 'amount'] },
  // Gate staff
  checkTicket: { who: 'staff', fields: ['payload'] },
  // Admin
  decidePremium: { who: 'admin', fields: ['requestId', 'decision', 'reason'] },
  addTrain: { who: 'admin', fields: ['number', 'name'] },
  editTrain: { who: 'admin', fields: ['trainId', 'name', 'active'] },
  editStops: { who: 'admin', fields: ['trainId', 'stops'] },
  editCoaches: { who: 'admin', fields: ['trainId', 'coaches'] },
  reconcileNow: { who: 'admin', fields: [] },
  reapplyBankNotification: { who: 'admin', fields: ['notificationId'] },
  markRefundPaid: { who: 'admin', fields: ['refundId', 'bank', 'bankReference', 'adminPassword'] },
  cancelBookingByAdmin: { who: 'admin', fields: ['code', 'reason', 'adminPassword'] },
  saveSettings: {
    who: 'admin',
    fields: [
      'holdMinutes',
      'minClientVersion',
      'regularMaxBalance',
      'regularMonthlyIn',
      'premiumMaxBalance',
      'premiumMonthlyIn',
      'fee_BCA',
      'adminPassword',
    ],
  },
  createPromo: { who: 'admin', fields: ['name', 'startsOn', 'endsOn', 'fee', 'adminPassword'] },
  stopPromo: { who: 'admin', fields: ['promoId', 'adminPassword'] },
  createTrips: { who: 'admin', fields: ['from', 'to', 'trainNumber'] },
  cancelWholeTrip: { who: 'admin', fields: ['tripId', 'reason', 'adminPassword'] },
  addStation: { who: 'admin', fields: ['code', 'name', 'city'] },
  editStation: { who: 'admin', fields: ['code', 'name', 'city'] },
  removeStation: { who: 'admin', fields: ['code'] },
  createFare: {
    who: 'admin',
    fields: [
      'trainNumber',
      'seatClass',
      'subClass',
      'origin',
      'destination',
      'price',
      'effectiveFrom',
      'effectiveTo',
    ],
  },
  freezePassengerWallet: { who: 'admin', fields: ['userId', 'reason', 'adminPassword'] },
  unfreezePassengerWallet: { who: 'admin', fields: ['userId', 'reason', 'adminPassword'] },
  unlockPassengerPin: { who: 'admin', fields: ['userId', 'reason'] },
  endPassengerSessions: { who: 'admin', fields: ['userId', 'reason'] },
  grantGateStaff: { who: 'admin', fields: ['userId', 'adminPassword'] },
  revokeGateStaff: { who: 'admin', fields: ['userId', 'adminPassword'] },
};

export type RouteRow = {
  who: Who;
  /** The URL to call (dynamic segments filled in). */
  url: string;
  /** Headers every caller sends (an app version for the KAIPay API). */
  headers?: Record<string, string>;
};

/** Keyed "METHOD app/…/route.ts". */
export const ROUTES: Record<string, RouteRow> = {
  'GET app/admin/audit/export/route.ts': { who: 'admin', url: '/admin/audit/export' },
  'GET app/admin/kereta/export/route.ts': { who: 'admin', url: '/admin/kereta/export' },
  'GET app/admin/pemesanan/export/route.ts': { who: 'admin', url: '/admin/pemesanan/export' },
  'GET app/admin/stasiun/export/route.ts': { who: 'admin', url: '/admin/stasiun/export' },
  'GET app/admin/tarif/export/route.ts': { who: 'admin', url: '/admin/tarif/export' },
  'GET app/admin/penumpang/export/route.ts': { who: 'admin', url: '/admin/penumpang/export' },
  'GET app/admin/rekonsiliasi/export/route.ts': {
    who: 'admin',
    url: '/admin/rekonsiliasi/export',
  },
  'GET app/admin/payments/akun/export/route.ts': {
    who: 'admin',
    url: '/admin/payments/akun/export',
  },
  'GET app/admin/payments/dana-masuk/export/route.ts': {
    who: 'admin',
    url: '/admin/payments/dana-masuk/export',
  },
  'GET app/admin/payments/notifikasi/export/route.ts': {
    who: 'admin',
    url: '/admin/payments/notifikasi/export',
  },
  'GET app/api/admin/kaipay/kyc/[id]/[kind]/route.ts': {
    who: 'admin',
    url: '/api/admin/kaipay/kyc/1/id',
  },
  'GET app/api/auth/[...nextauth]/route.ts': { who: 'public', url: '/api/auth/session' },
  'POST app/api/auth/[...nextauth]/route.ts': { who: 'public', url: '/api/auth/signout' },
  'GET app/api/gate/revocations/route.ts': { who: 'staff', url: '/api/gate/revocations?since=0' },
  'GET app/api/health/route.ts': { who: 'public', url: '/api/health' },
  'POST app/api/payments/notify/route.ts': { who: 'bank', url: '/api/payments/notify' },
  'GET app/api/ping/route.ts': { who: 'public', url: '/api/ping' },
  'GET app/api/sandbox/bank/transactions/[id]/route.ts': {
    who: 'bank',
    url: '/api/sandbox/bank/transactions/SBX-1',
  },
  'GET app/api/sandbox/bank/transactions/route.ts': {
    who: 'bank',
    url: '/api/sandbox/bank/transactions?since=0',
  },
  'POST app/api/tickets/verify/route.ts': { who: 'staff', url: '/api/tickets/verify' },
  'GET app/api/v1/kaipay/balance/route.ts': {
    who: 'user',
    url: '/api/v1/kaipay/balance',
    headers: { 'X-Client-Version': '4.7.4 (104)' },
  },
  'GET app/api/v1/kaipay/history/route.ts': {
    who: 'user',
    url: '/api/v1/kaipay/history',
    headers: { 'X-Client-Version': '4.7.4 (104)' },
  },
  'GET app/api/v1/kaipay/status/route.ts': {
    who: 'user',
    url: '/api/v1/kaipay/status',
    headers: { 'X-Client-Version': '4.7.4 (104)' },
  },
  'POST app/kaipay/premium/kirim/route.ts': { who: 'user', url: '/kaipay/premium/kirim' },
};
