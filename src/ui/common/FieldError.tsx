export function FieldError(props: { id: string; message: string | undefined }) {
  return (
    <p id={props.id} className="field-error" role={props.message ? 'alert' : undefined}>
      {props.message}
    </p>
  );
}
