import type { ConfirmRefusal } from '@/lib/auth/registration';
import { sentences } from '../refusals';

/** Registration confirmation (issue 9.12): the same words whether or not the account existed. */
export const registrationId = {
  confirmTitle: 'Konfirmasi nomor HP',
  confirmLead:
    'Kami telah mengirim kode konfirmasi 6 digit ke nomor HP {phone}. Masukkan kode itu untuk menyelesaikan pendaftaran. Kode berlaku 10 menit.',
  code: 'Kode konfirmasi',
  submit: 'Konfirmasi',
  restart: 'Tidak menerima kode? Daftar ulang',
  errors: sentences<ConfirmRefusal | 'rate_limited'>()({
    code_format: 'Kode terdiri dari 6 angka.',
    code_wrong: 'Kode salah. Periksa pesan di HP Anda.',
    code_expired: 'Kode kedaluwarsa atau sudah terlalu sering salah. Silakan daftar ulang.',
    account_exists: 'Email atau nomor HP ini sudah terdaftar. Silakan masuk.',
    rate_limited: 'Terlalu banyak pendaftaran. Coba lagi nanti.',
  }),
};

export const registrationEn: typeof registrationId = {
  confirmTitle: 'Confirm your phone number',
  confirmLead:
    'We sent a 6-digit confirmation code to {phone}. Enter it to finish registering. The code is valid for 10 minutes.',
  code: 'Confirmation code',
  submit: 'Confirm',
  restart: 'No code? Register again',
  errors: sentences<ConfirmRefusal | 'rate_limited'>()({
    code_format: 'The code is 6 digits.',
    code_wrong: 'Wrong code. Check the message on your phone.',
    code_expired: 'The code has expired or was entered wrongly too often. Please register again.',
    account_exists: 'This email or phone number is already registered. Please log in.',
    rate_limited: 'Too many registrations. Try again later.',
  }),
};
