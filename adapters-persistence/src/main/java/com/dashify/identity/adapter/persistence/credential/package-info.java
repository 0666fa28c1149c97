/** Console password hashes (PBKDF2, through Jakarta Security's hash) and one-time password setup links. */
package com.dashify.identity.adapter.persistence.credential;
