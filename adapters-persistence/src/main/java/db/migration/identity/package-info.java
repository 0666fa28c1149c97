/**
 * The identity schema's migrations written in Java, found by Flyway beside the SQL ones in
 * {@code db/migration/identity}: for data changes that SQL on both databases cannot express.
 */
package db.migration.identity;
