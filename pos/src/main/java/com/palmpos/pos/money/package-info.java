/** Exact money: {@link com.palmpos.pos.money.Money} in long minor units with a currency, and cent-exact splitting. */
package com.palmpos.pos.money;
