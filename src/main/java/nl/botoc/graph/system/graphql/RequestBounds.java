package nl.botoc.graph.system.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on what one request may ask for and on what it may cost, beside {@link GraphQlLimits}: the estimated
 * number of result objects, the size of the answer, the request body and its inputs, and how many costly requests
 * run at once. Every bound is checked before any data is fetched, except the two result caps, which stop an
 * execution whose estimate was wrong.
 *
 * @param maxCost most result objects a query may be estimated to return (default 200000, above the deep
 * bounded-work query of the tests, about 59000 on the seed): every list counts with
 * its {@code first} (or default page), plain lists with the largest degree the graph has for them ({@link ListBounds})
 * @param costlyCost estimated cost from which a request counts as costly and needs a bulkhead slot (default 20000,
 * above every headline query: the costliest, {@code peerMunicipalities} and {@code coverage}, are estimated at about
 * 11700 and 9400 on the seed)
 * @param maxConcurrentCostly costly requests that may run at once (default 2)
 * @param costlyWait how long a costly request may wait for a slot (default 1s); past it it is answered with HTTP
 * 503, {@code Retry-After} and code {@code SERVICE_BUSY}, so costly requests never pile up behind each other
 * @param retryAfter what {@code Retry-After} tells a refused costly request to wait (default 2s)
 * @param maxResultNodes most result nodes (fields of the answer) an execution may build (default 250000, above max-cost); past it
 * the whole answer is replaced by the error {@code RESULT_TOO_LARGE}
 * @param maxResultSize largest answer, counted as JSON text (default 4MB); past it {@code RESULT_TOO_LARGE}
 * @param maxBodySize largest request body (default 256KB); past it HTTP 413
 * @param maxStringLength longest string in variables or arguments (default 2000 characters)
 * @param maxListLength longest list in variables or arguments (default 100 entries)
 * @param maxInputDepth deepest nesting of objects and lists in variables (default 8)
 * @param maxOrderKeys most sort keys in an {@code orderBy} (default 3, one per sortable field)
 * @param maxSearchLength longest full-text input of {@code search} and {@code where.text} (default 200 characters)
 * @param maxSearchTerms most words in a full-text input (default 16)
 * @param listBoundsRefresh how often the degree table of {@link ListBounds} is read again from the graph
 * (default 1m)
 * @param unknownListBound bound used for a plain list while the graph could not be read yet (default 1000)
 * @param maxExpandedFields most fields a document may hold once every fragment spread is expanded (default 2000);
 * checked before validation, which would otherwise walk an exponential fragment fan-out
 * @param costlyCostPerSecond estimated cost that costly requests together may start per second (default 20000), a
 * token bucket holding at most {@code max-cost}: a client sending the costliest allowed request every second gets
 * one through every ten seconds and 503 with the wait in {@code Retry-After} otherwise, so costly work takes a
 * bounded share of the machine however many clients send it; 0 switches the budget off
 * @param busyRequests cheap requests in flight from which the service counts as busy and draws costly requests from
 * that budget (default 2, the cores of the machine the load run was made on); below it costly requests only need a slot
 */
@ConfigurationProperties("botoc.graphql")
public record RequestBounds(@DefaultValue("200000") long maxCost, @DefaultValue("20000") long costlyCost,
		@DefaultValue("2") int maxConcurrentCostly, @DefaultValue("1s") Duration costlyWait,
		@DefaultValue("2s") Duration retryAfter,
		@DefaultValue("250000") int maxResultNodes, @DefaultValue("4MB") DataSize maxResultSize,
		@DefaultValue("256KB") DataSize maxBodySize, @DefaultValue("2000") int maxStringLength,
		@DefaultValue("100") int maxListLength, @DefaultValue("8") int maxInputDepth,
		@DefaultValue("3") int maxOrderKeys, @DefaultValue("200") int maxSearchLength,
		@DefaultValue("16") int maxSearchTerms, @DefaultValue("1m") Duration listBoundsRefresh,
		@DefaultValue("1000") long unknownListBound, @DefaultValue("2000") long maxExpandedFields,
		@DefaultValue("20000") long costlyCostPerSecond, @DefaultValue("2") int busyRequests) {

}
