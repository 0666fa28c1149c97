/** What adapters ask of paging: the key that signs the cursors they hand out. */
package com.dashify.identity.application.paging.port.in;
