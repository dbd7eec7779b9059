/** Test support: connects the Quarkus test application to the real servers of the test harness. */
package kr.catalog.api.support;
