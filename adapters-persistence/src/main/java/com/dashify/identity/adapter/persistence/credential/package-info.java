/** Console password hashes and one-time password setup links. */
package com.dashify.identity.adapter.persistence.credential;
