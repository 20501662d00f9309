/** The seat classes, declared with the schema (the database's enum) and read from here by the UI. */
export { SEAT_CLASSES, type SeatClass } from '@/db/sqlite/schema/network';
