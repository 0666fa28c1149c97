/** Console passwords: signing in with one, and setting one through a one-time setup link. */
package com.dashify.identity.application.credential;
