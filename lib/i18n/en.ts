import type { Messages } from './id';
import { kaipayEn } from './features/kaipay';
import { bookingEn } from './features/booking';
import { topupEn } from './features/topup';
import { checkoutEn } from './features/checkout';

export const en: Messages = {
  meta: { title: 'KAI Access Web', description: 'Book intercity train tickets and pay with KAIPay.' },
  nav: { home: 'Home', tickets: 'My Tickets', kaipay: 'KAIPay', login: 'Log in', logout: 'Log out', register: 'Register', account: 'Account', admin: 'Admin', menu: 'Main menu', language: 'Language', skip: 'Skip to content' },
  home: {
    heading: 'Book intercity train tickets',
    lead: 'Find a train, pick your seats and pay with KAIPay.',
    kaipayTitle: 'KAIPay', kaipayBody: 'An e-wallet for paying tickets. Activate it and top up through a virtual account.',
  },
  search: {
    change: 'Change search', title: 'Search tickets', origin: 'From station', destination: 'To station', date: 'Departure date',
    adults: 'Adults', infants: 'Infants (under 3, no seat)', submit: 'Search', swap: 'Swap origin and destination',
    stationHint: 'Type a code, station name or city', dateHint: 'Today up to 45 days ahead', errorsTitle: 'Please check your search',
  },
  auth: {
    loginTitle: 'Log in', loginLead: 'Log in with your email or phone number.', identifier: 'Email or phone number', password: 'Password',
    loginSubmit: 'Log in', noAccount: 'No account yet?', registerTitle: 'Create an account', registerLead: 'Use the details on your ID card for bookings.',
    fullName: 'Full name (as on ID)', email: 'Email', phone: 'Phone number', nik: 'NIK (16 digits)', birthDate: 'Date of birth',
    passwordHint: 'At least 8 characters; avoid common passwords.', registerSubmit: 'Register', haveAccount: 'Already have an account?',
    welcome: 'Hello', loggedOut: 'You have logged out.', passwordChanged: 'Password changed. Please log in again.',
  },
  account: {
    title: 'My Account', changePassword: 'Change password', currentPassword: 'Current password', newPassword: 'New password',
    save: 'Save', logoutEverywhere: 'Log out on all devices', logoutEverywhereHint: 'Ends every session, this one included.',
  },
  tickets: { title: 'My Tickets', empty: 'No bookings yet.', searchCta: 'Search tickets' },
  kaipay: kaipayEn,
  booking: bookingEn,
  topup: topupEn,
  checkout: checkoutEn,
  admin: { title: 'Admin dashboard', passengers: 'Passengers', trains: 'Trains', tripsNext7: 'Trips in the next 7 days', stations: 'Stations' },
  common: { checkForm: 'Please check the form.', loading: 'Loading…', required: 'required', notFound: 'Page not found', backHome: 'Back to Home', error: 'Something went wrong. Please try again.', retry: 'Try again' },
  errors: {
    generic: 'Please check this field.',
    name_short: 'Name needs at least 3 letters.', name_long: 'Name is too long.', name_chars: 'Names may contain letters, spaces, dots, commas, apostrophes and hyphens only.',
    email_invalid: 'Not a valid email address.', email_taken: 'This email is already registered.',
    phone_invalid: 'Not a valid phone number. Example: 0812 3456 7890.', phone_taken: 'This phone number is already registered.',
    nik_format: 'NIK must be 16 digits.', nik_birth_date: 'The birth-date digits of the NIK (digits 7–12) are not valid.',
    nik_mismatch: 'NIK does not match the date of birth (digits 7–12: DDMMYY, women DD+40).',
    birth_date_invalid: 'Not a valid date of birth.',
    password_too_short: 'Password needs at least 8 characters.', password_too_long: 'Password is too long.',
    password_common: 'This password is too common. Choose another.', password_personal: 'Password must not contain your name or email.',
    password_required: 'Enter your password.', password_wrong: 'Current password is wrong.', password_same: 'The new password must be different.',
    identifier_required: 'Enter your email or phone number.',
    login_invalid: 'Wrong email/phone or password.',
    rate_limited: 'Too many attempts. Try again in a few minutes.',
    station_required: 'Choose a station.', station_unknown: 'Station not found. Type a code, name or city.',
    station_ambiguous: 'This city has several stations. Choose one from the list.', same_station: 'Origin and destination must differ.',
    date_invalid: 'Not a valid date.', date_past: 'That date has passed.', date_too_far: 'Bookings open at most 45 days ahead.',
    adults_range: 'Adults: 1 to 4.', infants_range: 'Infants: 0 to 4.', infants_exceed: 'Infants cannot outnumber adults.',
  },
};
