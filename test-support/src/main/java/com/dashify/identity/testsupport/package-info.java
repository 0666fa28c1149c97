/** Test fixtures shared by the modules' tests: fresh H2 and PostgreSQL databases, migrated on demand. Never shipped. */
package com.dashify.identity.testsupport;
