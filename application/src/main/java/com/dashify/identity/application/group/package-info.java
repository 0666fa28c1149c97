/**
 * Groups as directories provision them, and the roles their membership grants: the next capability,
 * empty until it lands. Its use cases will change users' roles through {@code user.lifecycle}, as every
 * other path does.
 */
package com.dashify.identity.application.group;
