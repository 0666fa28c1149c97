/** Building blocks shared by the aggregates: value checks, domain exceptions. */
package com.dashify.identity.domain.common;
