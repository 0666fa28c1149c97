/** The one door through which a user's state changes, whichever path asks for it. */
package com.dashify.identity.application.user.lifecycle;
