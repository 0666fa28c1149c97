/**
 * Users as the directory provisions them: create, read, search, replace, patch, deactivate, reactivate
 * and delete, the console's user administration, the caller's own account, and the role mapping.
 */
package com.dashify.identity.application.user;
