// An error next to the control that caused it, announced when it appears.
export function FormError({ message, id }: { message: string | null; id?: string }) {
  return (
    <p id={id} role="alert" className="text-sm font-medium text-red-700 empty:hidden dark:text-red-400">
      {message}
    </p>
  );
}
