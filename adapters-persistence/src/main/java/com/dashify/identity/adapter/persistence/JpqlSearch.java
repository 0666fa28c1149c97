package com.dashify.identity.adapter.persistence;

import com.dashify.identity.application.query.KeysetRequest;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.application.query.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * A search of one entity as JPQL: its condition, its order and the parameters bound to them, and
 * how it is paged and counted, the same for every resource SCIM lists.
 *
 * @param entity  the entity name, {@code User} or {@code Group}
 * @param alias   the alias the condition and the order use
 */
public record JpqlSearch(String entity, String alias, String where, String orderBy, JpqlParameters parameters) {

    /** One page of the rows that match, each converted, and how many match in all. */
    public <R, T> Page<T> page(EntityManager em, Class<R> rowType, PageRequest page,
                               Function<List<R>, List<T>> convert) {
        List<T> items = List.of();
        if (page.limit() > 0) {
            TypedQuery<R> select = em.createQuery("select " + alias + " from " + entity + " " + alias + " where "
                    + where + " order by " + orderBy, rowType);
            parameters.bindTo(select);
            // Nothing read by a search is written in its transaction: no change tracking.
            select.setHint(QueryHints.READ_ONLY, HintValues.TRUE);
            select.setFirstResult((int) Math.min(page.offset(), Integer.MAX_VALUE));
            select.setMaxResults(page.limit());
            items = convert.apply(select.getResultList());
        }
        // The first page that is not full already tells the total: the common lookup costs one query.
        if (page.offset() == 0 && items.size() < page.limit()) {
            return new Page<>(items, items.size());
        }
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ") from " + entity + " " + alias
                + " where " + where, Long.class);
        parameters.bindTo(count);
        return new Page<>(items, count.getSingleResult());
    }

    /**
     * The first {@code limit} rows that match, in order, each converted; not counted, and never an
     * offset: a keyset page puts its position in the condition instead.
     */
    public <R, T> List<T> slice(EntityManager em, Class<R> rowType, int limit, Function<List<R>, List<T>> convert) {
        if (limit == 0) {
            return List.of();
        }
        TypedQuery<R> select = em.createQuery("select " + alias + " from " + entity + " " + alias + " where "
                + where + " order by " + orderBy, rowType);
        parameters.bindTo(select);
        select.setHint(QueryHints.READ_ONLY, HintValues.TRUE);
        select.setMaxResults(limit);
        return convert.apply(select.getResultList());
    }

    /**
     * The same condition as a keyset page in creation order (then id), past the position when it
     * has one. The redundant {@code createdAt >=} lets the index on (tenant, created, id) start its
     * range scan at the position, so the page costs the same wherever the walk is.
     */
    public JpqlSearch inCreationOrder(KeysetRequest page) {
        String direction = page.descending() ? " desc" : " asc";
        String order = alias + ".createdAt" + direction + ", " + alias + ".id" + direction;
        if (page.after() == null) {
            return new JpqlSearch(entity, alias, where, order, parameters);
        }
        String past = page.descending() ? " < " : " > ";
        String atOrPast = page.descending() ? " <= " : " >= ";
        String created = parameters.add(Timestamps.toColumn(page.after().created()));
        String id = parameters.add(page.after().id());
        return new JpqlSearch(entity, alias, where + " and " + alias + ".createdAt" + atOrPast + created
                + " and (" + alias + ".createdAt" + past + created + " or " + alias + ".id" + past + id + ")",
                order, parameters);
    }
}
