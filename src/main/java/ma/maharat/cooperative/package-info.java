/** The textile cooperatives the center trains; their members are trainee accounts. */
package ma.maharat.cooperative;
