/** Words for KAIPay pages (wallet, activation, PIN, top-up). Indonesian first; English has the same shape. */
export const kaipayId = {
  title: 'KAIPay',
  notActive: 'KAIPay belum aktif.',
  activate: 'Aktifkan KAIPay',
};

export const kaipayEn: typeof kaipayId = {
  title: 'KAIPay',
  notActive: 'KAIPay is not active yet.',
  activate: 'Activate KAIPay',
};
