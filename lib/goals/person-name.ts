/** How a person is named to others: their name, or their address when they gave none. */
export function personName(person: { name: string | null; email: string }): string {
  return person.name?.trim() || person.email;
}
