/** A user and password added to a hardware server's software component (`SoftLayer_Software_Component_Password`). */
export interface SoftwareCredentialRecord {
  id: number;
  hardwareId: number;
  softwareId: number;
  username: string;
  password: string;
  notes?: string;
  createdAt: number;
}
