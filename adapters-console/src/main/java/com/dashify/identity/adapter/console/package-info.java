/**
 * The admin console at {@code /admin}: Jakarta Faces pages where Org Admins manage personal
 * access tokens. Sign-in is Jakarta Security's custom form mechanism with an identity store
 * backed by the application's in-ports; every request re-reads the admin's current role; every
 * state-changing post needs a Faces view state and a same-origin {@code Origin} or {@code Referer}.
 */
package com.dashify.identity.adapter.console;
