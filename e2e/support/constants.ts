/** The admin password the e2e server is started with. */
export const E2E_ADMIN_PASSWORD = 'admin-e2e-Kereta#2026';
