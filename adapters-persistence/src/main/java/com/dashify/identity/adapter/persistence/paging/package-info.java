/** Storage of the secrets every node shares, such as the key that signs paging cursors. */
package com.dashify.identity.adapter.persistence.paging;
