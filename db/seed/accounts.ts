export type DemoAccount = {
  email: string;
  phone: string;
  fullName: string;
  nik: string;
  birthDate: string;
  /** `petugas` is gate staff: a `users.staff_role`, with `users.role` left at passenger. */
  role: 'passenger' | 'admin' | 'petugas';
  /**
   * Only the demo passenger has a fixed password; the admin's comes from ADMIN_PASSWORD or is
   * generated, and the gate staff's is generated; both are printed once, at the first start.
   */
  password?: string;
};

/** The demo passenger (a woman born 12 April 1995, so her NIK's day digits are 12 + 40 = 52). */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'siti@contoh.id',
    phone: '+6281234567890',
    fullName: 'Siti Rahayu',
    nik: '3174055204950003',
    birthDate: '1995-04-12',
    role: 'passenger',
    password: 'keretaapi-2026',
  },
  {
    email: 'admin@kai-access.test',
    phone: '+6281100000001',
    fullName: 'Admin KAI Access',
    nik: '3171011708800001',
    birthDate: '1980-08-17',
    role: 'admin',
  },
  {
    email: 'petugas@kai-access.test',
    phone: '+6281100000002',
    fullName: 'Petugas Boarding Gambir',
    nik: '3171012003900002',
    birthDate: '1990-03-20',
    role: 'petugas',
  },
];
