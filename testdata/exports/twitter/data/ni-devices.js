window.YTD.ni_devices.part0 = [
  {
    "niDeviceResponse" : {
      "pushDevice" : {
        "deviceVersion" : "17.3.1",
        "deviceType" : "Apple",
        "token" : "f3b2c1d0e9a8b7c6d5e4f3a2b1c0d9e8",
        "udid" : "5C3B1E8A-0F2D-4B6A-9C7E-1D2F3A4B5C6D",
        "updatedDate" : "2024.01.09",
        "createdDate" : "2022.02.21"
      }
    }
  },
  {
    "niDeviceResponse" : {
      "messagingDevice" : {
        "phoneNumber" : "+442079460931",
        "carrier" : "Example Mobile UK",
        "deviceType" : "Auth",
        "updatedDate" : "2023.05.30",
        "createdDate" : "2021.11.16"
      }
    }
  }
]
