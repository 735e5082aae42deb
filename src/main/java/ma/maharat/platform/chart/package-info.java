/** Charts as PrimeFaces' {@code p:chart} draws them (Chart.js configurations), for every feature that shows figures. */
package ma.maharat.platform.chart;
