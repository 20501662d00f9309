import { kaipayId } from './features/kaipay';
import { bookingId } from './features/booking';
import { topupId } from './features/topup';
import { checkoutId } from './features/checkout';

/** Indonesian, the default language. Every other language has exactly this shape. */
export const id = {
  meta: { title: 'KAI Access Web', description: 'Pesan tiket kereta api antarkota dan bayar dengan KAIPay.' },
  nav: { home: 'Beranda', tickets: 'Tiket Saya', kaipay: 'KAIPay', login: 'Masuk', logout: 'Keluar', register: 'Daftar', account: 'Akun', admin: 'Admin', menu: 'Menu utama', language: 'Bahasa', skip: 'Langsung ke konten' },
  home: {
    heading: 'Pesan tiket kereta antarkota',
    lead: 'Cari kereta, pilih kursi, dan bayar dengan KAIPay.',
    kaipayTitle: 'KAIPay', kaipayBody: 'Dompet elektronik untuk membayar tiket. Aktifkan dan isi saldo lewat virtual account.',
  },
  search: {
    change: 'Ubah pencarian', title: 'Cari Tiket', origin: 'Stasiun asal', destination: 'Stasiun tujuan', date: 'Tanggal berangkat',
    adults: 'Dewasa', infants: 'Bayi (di bawah 3 tahun, tanpa kursi)', submit: 'Cari Tiket', swap: 'Tukar asal dan tujuan',
    stationHint: 'Ketik kode, nama stasiun, atau kota', dateHint: 'Hari ini sampai H+45', errorsTitle: 'Periksa kembali pencarian Anda',
  },
  auth: {
    loginTitle: 'Masuk', loginLead: 'Masuk dengan email atau nomor HP.', identifier: 'Email atau nomor HP', password: 'Kata sandi',
    loginSubmit: 'Masuk', noAccount: 'Belum punya akun?', registerTitle: 'Daftar akun', registerLead: 'Data sesuai KTP untuk pemesanan tiket.',
    fullName: 'Nama lengkap (sesuai KTP)', email: 'Email', phone: 'Nomor HP', nik: 'NIK (16 digit)', birthDate: 'Tanggal lahir',
    passwordHint: 'Minimal 8 karakter; hindari kata sandi umum.', registerSubmit: 'Daftar', haveAccount: 'Sudah punya akun?',
    welcome: 'Halo', loggedOut: 'Anda telah keluar.', passwordChanged: 'Kata sandi diubah. Silakan masuk lagi.',
  },
  account: {
    title: 'Akun Saya', changePassword: 'Ubah kata sandi', currentPassword: 'Kata sandi saat ini', newPassword: 'Kata sandi baru',
    save: 'Simpan', logoutEverywhere: 'Keluar dari semua perangkat', logoutEverywhereHint: 'Mengakhiri semua sesi, termasuk yang ini.',
  },
  tickets: { title: 'Tiket Saya', empty: 'Belum ada pemesanan.', searchCta: 'Cari tiket' },
  kaipay: kaipayId,
  booking: bookingId,
  topup: topupId,
  checkout: checkoutId,
  admin: {
    title: 'Dasbor Admin', passengers: 'Penumpang', trains: 'Kereta', tripsNext7: 'Perjalanan 7 hari ke depan', stations: 'Stasiun',
  },
  common: { checkForm: 'Periksa kembali isian Anda.', loading: 'Memuat…', required: 'wajib', notFound: 'Halaman tidak ditemukan', backHome: 'Kembali ke Beranda', error: 'Terjadi kesalahan. Silakan coba lagi.', retry: 'Coba lagi' },
  errors: {
    generic: 'Periksa kembali isian ini.',
    name_short: 'Nama minimal 3 huruf.', name_long: 'Nama terlalu panjang.', name_chars: 'Nama hanya boleh berisi huruf, spasi, titik, koma, apostrof, dan tanda hubung.',
    email_invalid: 'Format email tidak valid.', email_taken: 'Email sudah terdaftar.',
    phone_invalid: 'Nomor HP tidak valid. Contoh: 0812 3456 7890.', phone_taken: 'Nomor HP sudah terdaftar.',
    nik_format: 'NIK harus 16 digit angka.', nik_birth_date: 'Digit tanggal lahir pada NIK (digit 7–12) tidak valid.',
    nik_mismatch: 'NIK tidak cocok dengan tanggal lahir (digit 7–12: DDMMYY, perempuan DD+40).',
    birth_date_invalid: 'Tanggal lahir tidak valid.',
    password_too_short: 'Kata sandi minimal 8 karakter.', password_too_long: 'Kata sandi terlalu panjang.',
    password_common: 'Kata sandi ini terlalu umum. Pilih yang lain.', password_personal: 'Kata sandi tidak boleh memuat nama atau email Anda.',
    password_required: 'Masukkan kata sandi.', password_wrong: 'Kata sandi saat ini salah.', password_same: 'Kata sandi baru harus berbeda.',
    identifier_required: 'Masukkan email atau nomor HP.',
    login_invalid: 'Email/nomor HP atau kata sandi salah.',
    rate_limited: 'Terlalu banyak percobaan. Coba lagi dalam beberapa menit.',
    station_required: 'Pilih stasiun.', station_unknown: 'Stasiun tidak ditemukan. Ketik kode, nama, atau kota.',
    station_ambiguous: 'Ada beberapa stasiun di kota ini. Pilih salah satu dari daftar.', same_station: 'Stasiun asal dan tujuan tidak boleh sama.',
    date_invalid: 'Tanggal tidak valid.', date_past: 'Tanggal sudah lewat.', date_too_far: 'Pemesanan paling lambat H+45.',
    adults_range: 'Jumlah dewasa 1 sampai 4.', infants_range: 'Jumlah bayi 0 sampai 4.', infants_exceed: 'Jumlah bayi tidak boleh melebihi jumlah dewasa.',
  },
};

export type Messages = typeof id;
