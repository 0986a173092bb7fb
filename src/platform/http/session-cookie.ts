/** The console's session cookie: the access capability sets it, the OpenAPI document declares it. */
export const SESSION_COOKIE = 'seam_session';
