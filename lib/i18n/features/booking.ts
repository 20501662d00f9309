/** Words for search results, seats, passengers, bookings and tickets. */
export const bookingId = {
  ticketsTitle: 'Tiket Saya',
};

export const bookingEn: typeof bookingId = {
  ticketsTitle: 'My Tickets',
};
